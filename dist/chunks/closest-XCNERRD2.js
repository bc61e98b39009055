import{closestMatch,closestName,editDistance}from"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";export{closestMatch,closestName,editDistance};
