import{formatText}from"./chunk-ZUMGF4ST.js";import"./chunk-242R72Y5.js";import"./chunk-AGKEWAZ4.js";export{formatText};
