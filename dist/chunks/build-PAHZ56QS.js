import{exitCodeFor}from"./chunk-RDZVPTQT.js";import{parseCommandArgs}from"./chunk-RQTEZG2F.js";import"./chunk-JMR36GPJ.js";import{rulesMeta}from"./chunk-GDUACO3X.js";import"./chunk-7PD7HJFV.js";import{buildEnvironment}from"./chunk-KJHV736K.js";import"./chunk-2AWCKPPZ.js";import"./chunk-2BGVXCBS.js";import{lintStream}from"./chunk-M4OYXDPS.js";import"./chunk-GHNFQ7VJ.js";import{loadConfig}from"./chunk-7KV4YFAO.js";import"./chunk-FQIRUOT3.js";import{rules}from"./chunk-BVYIFCEL.js";import"./chunk-CWCMBULF.js";import"./chunk-FV7HXNDK.js";import"./chunk-TT5A2DS7.js";import{VERSION}from"./chunk-B7PYUC6Q.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import{formatText}from"./chunk-ZUMGF4ST.js";import"./chunk-242R72Y5.js";import"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";var BUILD_HELP=`Usage: scaleplan build [SPEC] --env NAME [--no-lint]

Compile one environment in memory, build it with kubectl kustomize (or kustomize), and
print exactly what Kustomize prints: the manifests to deploy, on stdout. The result is
linted (together with the environment's cluster directory, which is deployed beside it);
findings go to stderr, and errors make the exit status 1.

  SPEC          the spec file (default: ./scaleplan.yaml)
  --env NAME    the environment to build (required when the spec has several), or a
                cluster directory as clusters/<cluster> (the cluster-wide objects)
  --no-lint     do not lint the output
  -h, --help    show this help
`,BUILD_OUTPUT_NAME="<stdout>";async function buildCommand(argv,io){let{values,positionals}=parseCommandArgs("build",argv,{env:{type:"string"},"no-lint":{type:"boolean"},help:{type:"boolean",short:"h"}});if(values.help)return io.stdout(BUILD_HELP),0;if(positionals.length>1)throw new ScaleplanError("USAGE","scaleplan build takes one spec file.");let config=loadConfig(void 0,io.cwd),{manifests,compiled,cluster}=await buildEnvironment({cwd:io.cwd,env:io.env,...config.limits?{limits:config.limits}:{},...positionals[0]!==void 0?{spec:positionals[0]}:{},...values.env!==void 0?{environment:values.env}:{}});if(io.stdout(manifests),values["no-lint"])return 0;let kubeVersion=compiled.plan.spec.kubeVersion,result=await lintStream({text:manifests,name:BUILD_OUTPUT_NAME,cwd:io.cwd,config,...kubeVersion!==void 0?{kubeVersion}:{},...cluster?{context:[{name:`<${cluster.directory}>`,text:cluster.manifests}]}:{}});return result.findings.length>0&&io.stderr(formatText(result,{rules:rulesMeta(rules),color:!1,version:VERSION})),exitCodeFor(result,"error",void 0)}export{BUILD_HELP,BUILD_OUTPUT_NAME,buildCommand};
