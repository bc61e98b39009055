import"./chunk-AGKEWAZ4.js";var JSON_FORMAT_VERSION=1,formatJson=result=>`${JSON.stringify({version:1,findings:result.findings,suppressed:result.suppressed,summary:result.summary},null,2)}
`;export{JSON_FORMAT_VERSION,formatJson};
