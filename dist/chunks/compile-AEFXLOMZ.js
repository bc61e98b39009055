import{parseCommandArgs}from"./chunk-RQTEZG2F.js";import"./chunk-JMR36GPJ.js";import{checkCompiled,compileSpec,movedFiles,writeCompiled}from"./chunk-KJHV736K.js";import"./chunk-2AWCKPPZ.js";import"./chunk-2BGVXCBS.js";import{loadConfig}from"./chunk-7KV4YFAO.js";import"./chunk-FQIRUOT3.js";import"./chunk-BVYIFCEL.js";import"./chunk-CWCMBULF.js";import"./chunk-FV7HXNDK.js";import"./chunk-TT5A2DS7.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";import fs from"node:fs";var COMPILE_HELP=`Usage: scaleplan compile [SPEC] [-o DIR] [--env NAME]... [--check]

Compile a ScalePlan spec into Kustomize overlays, one directory per environment
(DIR/<env>/ with kustomization.yaml, the generated objects of its namespace, patches and
RUNBOOK.md), and one per cluster for the cluster-wide objects its environments share
(DIR/clusters/<cluster>/: PriorityClasses, the prometheus-adapter rules).

  SPEC              the spec file (default: ./scaleplan.yaml)
  -o, --output DIR  output directory (default: overlays/ beside the spec)
  --env NAME        compile only this environment (repeatable; default: all)
  --check           write nothing; exit 1 and list the files that differ when the
                    overlays on disk are not what the spec compiles to
  -h, --help        show this help

A spec with problems is exit 2 with every problem (file:line:col) and nothing written.
Writing goes to a staging directory inside DIR first, then each environment directory is
renamed into place, so a failure leaves the old overlays as they were. Only files scaleplan
wrote (listed in DIR/.scaleplan-owned, or with its generated header) are replaced or removed:
your own files in an environment directory stay. One compile at a time writes DIR (a lock),
and a compile that was killed is recovered by the next.
`;async function compileCommand(argv,io){let{values,positionals}=parseCommandArgs("compile",argv,{output:{type:"string",short:"o"},env:{type:"string",multiple:!0},check:{type:"boolean"},help:{type:"boolean",short:"h"}});if(values.help)return io.stdout(COMPILE_HELP),0;if(positionals.length>1)throw new ScaleplanError("USAGE","scaleplan compile takes one spec file.");let compiled=await compileSpec({cwd:io.cwd,env:io.env,...configuredLimits(io.cwd),...positionals[0]!==void 0?{spec:positionals[0]}:{},...values.output!==void 0?{output:values.output}:{},...values.env!==void 0?{environments:values.env}:{}}),prefix=compiled.outputDisplay==="."?"":`${compiled.outputDisplay}/`,differences=checkCompiled(compiled),moved=movedFiles(compiled,differences);if(values.check)return moved.length>0&&io.stderr(movedNotice(moved,prefix,!1)),differences.length===0?(io.stderr(`${compiled.outputDisplay} is up to date with ${compiled.specDisplay}.
`),0):(io.stdout(differences.map(entry=>`${prefix}${entry.path} (${entry.kind})
`).join("")),io.stderr(`${differences.length} file${differences.length===1?"":"s"} in ${compiled.outputDisplay} differ${differences.length===1?"s":""} from what ${compiled.specDisplay} compiles to; run "scaleplan compile ${compiled.specDisplay}".
`),1);let result=writeCompiled(compiled,testPauseHook(io.env));for(let environment of result.recovered)io.stderr(`${prefix}${environment}/ was put back from a compile that was interrupted before it finished.
`);return result.kept.length>0&&io.stderr(`Kept ${result.kept.length} file${result.kept.length===1?"":"s"} that scaleplan did not write: ${result.kept.map(file=>`${prefix}${file}`).join(", ")}.
`),moved.length>0&&io.stderr(movedNotice(moved,prefix,!0)),io.stderr(`Compiled ${compiled.specDisplay} into ${compiled.outputDisplay}: ${result.written.length} files for ${compiled.directories.join(", ")}.
`),0}function movedNotice(moved,prefix,done){let clusters=[...new Set(moved.map(entry=>entry.to.split("/").slice(0,2).join("/")))],lines=moved.map(entry=>`  ${prefix}${entry.from} -> ${prefix}${entry.to}
`);return`${done?"Moved":"Compile moves"} cluster-wide objects out of the environment overlays (an overlay now holds only its namespace's objects):
${lines.join("")}Deploy ${clusters.map(cluster=>`${prefix}${cluster}`).join(", ")} with an Argo CD Application of its own (plugin parameter env: ${clusters.join(", ")}; argocd/README.md), synced before the environments.
`}function testPauseHook(env){let gate=env.SCALEPLAN_TEST_PAUSE_BEFORE_PUBLISH;return gate?{beforePublish(){fs.writeFileSync(`${gate}.ready`,"");let sleeper=new Int32Array(new SharedArrayBuffer(4));for(let waited=0;fs.existsSync(gate)&&waited<6e4;waited+=20)Atomics.wait(sleeper,0,0,20)}}:{}}function configuredLimits(cwd){let limits=loadConfig(void 0,cwd).limits;return limits?{limits}:{}}export{COMPILE_HELP,compileCommand};
