import{parseCommandArgs}from"./chunk-RQTEZG2F.js";import"./chunk-JMR36GPJ.js";import{lintSets,prepareRules}from"./chunk-GHNFQ7VJ.js";import{rules}from"./chunk-BVYIFCEL.js";import{SourceFile,addFile}from"./chunk-CWCMBULF.js";import"./chunk-FV7HXNDK.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import{closestMatch}from"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";var TEST_SETTINGS={kubeVersion:"1.34",defaultNamespace:"default"};async function lintSourcesPrepared(files,options){let{set,settings}=loadSources(files,options);return await prepareRules(options.rules,[set]),lintSets([set],{rules:options.rules,config:sourcesConfig(options),settings,cwd:"/"})}function loadSources(files,options){let settings={...TEST_SETTINGS,...options.settings},set={label:"sources",manifests:[],problems:[],skippedDocuments:0,files:[]};for(let[path,text]of Object.entries(files))addFile(set,new SourceFile(path,text),settings.defaultNamespace);return options.beforeLint?.(set),{set,settings}}function sourcesConfig(options){return{baseDirectory:"/",rules:options.ruleSettings??{},ignore:[],overrides:[],...options.references?{references:options.references}:{}}}async function lintRuleExamples(rule){let run=async text=>(await lintSourcesPrepared({"example.yaml":text},{rules:[rule]})).findings.filter(finding=>finding.ruleId===rule.id);return{incorrect:await run(rule.meta.examples.incorrect),correct:await run(rule.meta.examples.correct)}}var RULES_HELP=`Usage: scaleplan rules [RULE-ID]

Without an argument, list every rule with its default severity. With a rule id, explain
the rule: why it matters, how to fix it, its options, and a failing and a passing example.
`;function indent(text){return text.replace(/\n$/,"").split(`
`).map(line=>`    ${line}`).join(`
`)}async function explain(rule){let{meta}=rule,examples=await lintRuleExamples(rule),options=Object.entries(meta.optionsSchema?.properties??{}).map(([name,schema])=>`  ${name} (default ${JSON.stringify(meta.defaultOptions[name])}): ${schema.description}`),sections=[`${rule.id}  [${meta.severity}]  ${meta.scope==="set"?"cross-object":"single object"}`,`${meta.description}.`,`Why it matters:
  ${meta.rationale}`,`How to fix:
  ${meta.remediation}`,...meta.autofix?[`With --fix:
  ${meta.autofix}`]:[],`Failing example:
${indent(meta.examples.incorrect)}
  reports:
${examples.incorrect.map(finding=>`    ${finding.line}:${finding.column}  ${finding.message}`).join(`
`)}`,`Passing example:
${indent(meta.examples.correct)}`];return options.length>0&&sections.push(`Options:
${options.join(`
`)}`),sections.push(`Docs: docs/rules/${rule.id}.md`),`${sections.join(`

`)}
`}async function rulesCommand(argv,io){let{values,positionals}=parseCommandArgs("rules",argv,{help:{type:"boolean",short:"h"}});if(values.help)return io.stdout(RULES_HELP),0;let[id,...rest]=positionals;if(rest.length>0)throw new ScaleplanError("USAGE","scaleplan rules takes at most one rule id.");if(id===void 0){let width=Math.max(...rules.map(rule2=>rule2.id.length));return io.stdout(`${rules.map(rule2=>`${rule2.id.padEnd(width)}  ${rule2.meta.severity.padEnd(7)}  ${rule2.meta.description}`).join(`
`)}
`),0}let rule=rules.find(candidate=>candidate.id===id);if(!rule){let suggestion=closestMatch(id,rules.map(candidate=>candidate.id));throw new ScaleplanError("USAGE",`Unknown rule "${id}"${suggestion?`; did you mean "${suggestion}"?`:"."} Run "scaleplan rules" for the list.`)}return io.stdout(await explain(rule)),0}export{RULES_HELP,rulesCommand};
