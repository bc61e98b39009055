import{parseCommandArgs}from"./chunk-RQTEZG2F.js";import"./chunk-JMR36GPJ.js";import{capacityJson,capacityMarkdown,capacityReport,capacityText,changesMarkdown,changesText,compareCapacity}from"./chunk-JEX463HR.js";import"./chunk-VQ2PRNIJ.js";import"./chunk-2AWCKPPZ.js";import"./chunk-M4OYXDPS.js";import"./chunk-GHNFQ7VJ.js";import"./chunk-7KV4YFAO.js";import"./chunk-FQIRUOT3.js";import"./chunk-BVYIFCEL.js";import"./chunk-CWCMBULF.js";import"./chunk-FV7HXNDK.js";import"./chunk-TT5A2DS7.js";import"./chunk-B7PYUC6Q.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import"./chunk-242R72Y5.js";import"./chunk-HIUJIENI.js";import"./chunk-AGKEWAZ4.js";var CAPACITY_HELP=`Usage: scaleplan capacity [PATH]... [--base REF|DIR] [--spec FILE] [--format F]

What the manifests need at maximum scale: per namespace and workload the min and max
replicas and requests \xD7 max replicas (cpu, memory, GPUs and other extended resources),
against each ResourceQuota and, with --spec, against the ScalePlan's node pools (nodes
needed at max scale and whether the pool's max size holds them). PATH is what lint reads:
files, directories, globs, Kustomize directories (default: .).

  --base REF|DIR   compare with a git revision (read with git archive into a temporary
                   directory; your working tree is never touched) or another directory,
                   and print only what changed ("GPU at max scale in ml: 8 \u2192 16 (quota 8:
                   now exceeds)"); nothing changed prints "Capacity unchanged."
  --spec FILE      a ScalePlan whose nodePools the workloads are judged against
  --format F       text (default), markdown, json
  -c, --config F   config file (default: .scaleplan.yaml found upwards)
  --kube-version V Kubernetes version (default: the config's, else 1.34)
  -h, --help       show this help

Exit status: 0 with the report (quota or pool overruns are reported, not failed; lint's
quota-exceeded-at-max-scale is the gate), 2 for unreadable input or bad usage.
`,FORMATS=["text","markdown","json"];async function capacityCommand(argv,io){let{values,positionals}=parseCommandArgs("capacity",argv,{base:{type:"string"},spec:{type:"string"},format:{type:"string"},config:{type:"string",short:"c"},"kube-version":{type:"string"},help:{type:"boolean",short:"h"}});if(values.help)return io.stdout(CAPACITY_HELP),0;let format=values.format??"text";if(!FORMATS.includes(format))throw new ScaleplanError("USAGE",`Unknown format "${format}" for capacity; use one of ${FORMATS.join(", ")}.`);let request={paths:positionals.length>0?positionals:["."],cwd:io.cwd,env:io.env,...values.config!==void 0?{configFile:values.config}:{},...values["kube-version"]!==void 0?{kubeVersion:values["kube-version"]}:{},...values.spec!==void 0?{specFile:values.spec}:{}};if(values.base!==void 0){let comparison=await compareCapacity({...request,base:values.base});return io.stdout(format==="json"?capacityJson(comparison):format==="markdown"?changesMarkdown(comparison.changes)||`Capacity unchanged.
`:changesText(comparison.changes)),0}let report=await capacityReport(request);return io.stdout(format==="json"?capacityJson(report):format==="markdown"?capacityMarkdown(report):capacityText(report)),0}export{CAPACITY_HELP,capacityCommand};
