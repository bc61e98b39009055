import{parseCommandArgs}from"./chunk-RQTEZG2F.js";import"./chunk-JMR36GPJ.js";import{STARTERS,initSpec}from"./chunk-ZJESGT2P.js";import"./chunk-KJHV736K.js";import"./chunk-2AWCKPPZ.js";import"./chunk-2BGVXCBS.js";import"./chunk-FQIRUOT3.js";import"./chunk-CWCMBULF.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";var INIT_HELP=`Usage: scaleplan init [--example NAME]

Write a commented starter scaleplan.yaml in the current directory, and a minimal base/
for it when there is none. It compiles as is: run "scaleplan compile" next.
An existing scaleplan.yaml is never overwritten.

Examples:
${Object.entries(STARTERS).map(([name,starter])=>`  ${name.padEnd(14)} ${starter.description}`).join(`
`)}
`;function initCommand(argv,io){let{values,positionals}=parseCommandArgs("init",argv,{example:{type:"string"},help:{type:"boolean",short:"h"}});if(values.help)return io.stdout(INIT_HELP),0;if(positionals.length>0)throw new ScaleplanError("USAGE","scaleplan init takes no arguments (only --example NAME).");let result=initSpec({cwd:io.cwd,...values.example!==void 0?{example:values.example}:{}});return io.stderr(`Wrote ${result.written.join(", ")}.${result.keptBase?" base/ already exists and was left alone: make sure the spec names its workloads.":""} Next: scaleplan compile
`),0}export{INIT_HELP,initCommand};
