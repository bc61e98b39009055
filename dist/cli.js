#!/usr/bin/env node
import"./chunks/chunk-JMR36GPJ.js";import{VERSION}from"./chunks/chunk-B7PYUC6Q.js";import{isScaleplanError}from"./chunks/chunk-M3F5VB5R.js";import{terminalSafeLines}from"./chunks/chunk-242R72Y5.js";import"./chunks/chunk-AGKEWAZ4.js";var HELP=`Usage: scaleplan <command> [options]

Commands:
  compile [SPEC]           compile a ScalePlan spec into Kustomize overlays
  capacity [PATH]...       what the manifests need at max scale (--base REF: what changed)
  build [SPEC] --env NAME  compile one environment, build it, print the manifests
  init                     write a starter scaleplan.yaml
  lint [PATH|GLOB|-]...    lint Kubernetes manifests for scaling mistakes
  argocd generate          the Argo CD plugin's generate command
  rules [RULE-ID]          list the rules, or explain one

Run "scaleplan <command> --help" for a command's options.
`,COMMANDS={argocd:async()=>(await import("./chunks/argocd-75OZMBEI.js")).argocdCommand,capacity:async()=>(await import("./chunks/capacity-EEQZAL2Q.js")).capacityCommand,compile:async()=>(await import("./chunks/compile-AEFXLOMZ.js")).compileCommand,build:async()=>(await import("./chunks/build-PAHZ56QS.js")).buildCommand,init:async()=>(await import("./chunks/init-4VF76IOD.js")).initCommand,lint:async()=>(await import("./chunks/lint-K2DS43KM.js")).lintCommand,rules:async()=>(await import("./chunks/rules-2BSZ4X2D.js")).rulesCommand};async function execute(argv,terminal){let io={...terminal,stderr:text=>terminal.stderr(terminalSafeLines(text))},[name,...rest]=argv;if(name===void 0)return io.stderr(HELP),2;if(name==="--help"||name==="-h"||name==="help")return io.stdout(HELP),0;if(name==="--version"||name==="-v")return io.stdout(`${VERSION}
`),0;let load=COMMANDS[name];if(!load){let{closestMatch}=await import("./chunks/closest-XCNERRD2.js"),suggestion=closestMatch(name,[...Object.keys(COMMANDS),"help"]);return io.stderr(`scaleplan: unknown command "${name}"${suggestion?`; did you mean "${suggestion}"?`:"."} Run "scaleplan --help" for the commands.
`),2}let command=await load();try{return await command(rest,io)}catch(error){if(isScaleplanError(error))return io.stderr(`scaleplan: ${error.format()}
`),2;if(error instanceof TypeError&&"code"in error&&String(error.code).startsWith("ERR_PARSE_ARGS"))return io.stderr(`scaleplan ${name}: ${error.message}
`),2;throw error}}function readStdin(){return new Promise((resolve,reject)=>{let chunks=[];process.stdin.on("data",chunk=>chunks.push(chunk)),process.stdin.on("end",()=>resolve(Buffer.concat(chunks).toString("utf8"))),process.stdin.on("error",reject)})}var closed=new Set;for(let stream of[process.stdout,process.stderr])stream.on("error",error=>{if(error.code!=="EPIPE")throw error;closed.add(stream)});var write=(stream,text)=>{closed.has(stream)||stream.write(text)},code=await execute(process.argv.slice(2),{cwd:process.cwd(),env:process.env,readStdin,stdout:text=>write(process.stdout,text),stderr:text=>write(process.stderr,text),stdoutIsTty:process.stdout.isTTY===!0});process.exitCode=code;
