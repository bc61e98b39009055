import{DEFAULT_SPEC_FILE}from"./chunk-KJHV736K.js";import{displayPath}from"./chunk-CWCMBULF.js";import{ScaleplanError}from"./chunk-M3F5VB5R.js";import fs from"node:fs";import path from"node:path";var SERVICE=(name,port)=>`apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: ${port}
    - name: metrics
      port: 9090
      targetPort: 9090
`,DEPLOYMENT=(name,image,port)=>`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
${port===void 0?"":`          ports:
            - name: http
              containerPort: ${port}
            - name: metrics
              containerPort: 9090
`}`,KUSTOMIZATION=files=>`apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
${files.map(file=>`  - ${file}`).join(`
`)}
`,HEADER=`# A ScalePlan: how the workloads of ./base scale, where they run, and what alerts.
# "scaleplan compile" turns it into one Kustomize overlay per environment under overlays/;
# "scaleplan build --env NAME" prints what that overlay deploys. Every field is described in
# schemas/scaleplan.schema.json (point your editor's YAML language server at it).
`,STARTERS={web:{description:"a web service scaling on CPU, with staging and production",spec:`${HEADER}apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata:
  name: web
spec:
  # The Kustomize directory with the workloads, relative to this file.
  base: ./base
  workloads:
    # The key names a Deployment of the base (StatefulSets: add kind: StatefulSet).
    web:
      # Patched onto the first container; utilization targets are measured against requests.
      resources:
        requests: {cpu: 250m, memory: 256Mi}
        limits: {memory: 512Mi}
      # The HPA owns the replica count between these bounds (spec.replicas is removed).
      replicas: {min: 2, max: 10}
      # Scale out when the pods use more than 70% of their CPU request on average.
      scaleOn:
        cpu: 70%
      # How fast to react: aggressive | balanced | conservative (see RUNBOOK.md for the
      # resulting behaviour); scaleUp/scaleDown override single fields.
      profile: balanced
      # A PodDisruptionBudget with maxUnavailable: 1 is generated unless disruption says
      # otherwise; it never blocks node drains.
      monitoring: {port: metrics}
  # One overlay per environment; a workload entry here merges onto the one above.
  environments:
    staging:
      namespace: web-staging
      workloads:
        web:
          replicas: {min: 2, max: 4}
    production:
      namespace: web
`,base:{"kustomization.yaml":KUSTOMIZATION(["deployment.yaml","service.yaml"]),"deployment.yaml":DEPLOYMENT("web","nginxinc/nginx-unprivileged:1.27",8080),"service.yaml":SERVICE("web",8080)}},"gpu-inference":{description:"a GPU inference server scaling on GPU memory through prometheus-adapter",spec:`${HEADER}apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata:
  name: inference
spec:
  base: ./base
  namespace: inference
  # GPU pods preempt batch work; the quota caps what the namespace can claim at max scale.
  priorityClasses:
    gpu-inference: {value: 1000, description: Online GPU inference}
  quotas:
    compute: {cpu: "32", memory: 128Gi, gpu: 4}      # gpu becomes requests.nvidia.com/gpu
  # Where the pods may run: node affinity to these instance types, GPU toleration added.
  nodePools:
    gpu: {instanceTypes: [g5.xlarge], gpus: 1, cpu: "4", memory: 16Gi, min: 1, max: 4}
  workloads:
    inference:
      resources:
        requests: {cpu: "2", memory: 8Gi, gpu: 1}    # the GPU limit is set equal
        limits: {memory: 12Gi}
      replicas: {min: 2, max: 4}                    # two, so a node drain never leaves none
      # GPU memory from DCGM, served to the HPA by prometheus-adapter (rules generated).
      scaleOn:
        gpuMemory: 70%
      profile: conservative                          # model loads are slow: scale calmly
      placement: {nodePool: gpu, spreadZones: true}
      priorityClass: gpu-inference
      vpa: {mode: "Off"}                             # recommendations only; never cpu/memory the HPA uses
      monitoring: {port: metrics}
      alerts: {latencyP95: 2s, errorRate: 1%}
`,base:{"kustomization.yaml":KUSTOMIZATION(["deployment.yaml","service.yaml"]),"deployment.yaml":DEPLOYMENT("inference","ollama/ollama:0.5.7",11434),"service.yaml":SERVICE("inference",11434)}},"queue-worker":{description:"a queue worker on KEDA that scales to zero",spec:`${HEADER}apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata:
  name: worker
spec:
  base: ./base
  namespace: jobs
  workloads:
    worker:
      resources:
        requests: {cpu: 500m, memory: 512Mi}
        limits: {memory: 1Gi}
      # KEDA instead of an HPA: Prometheus queries as triggers, and scale to zero.
      autoscaler: keda
      replicas: {min: 0, max: 20}
      scaleOn:
        metrics:
          # One pod per 10 waiting jobs; the first job wakes the worker from zero.
          - {name: jobs_waiting, type: External, averageValue: 10, activation: 0, selector: {queue: jobs}}
      keda: {cooldownPeriod: 5m}
`,base:{"kustomization.yaml":KUSTOMIZATION(["deployment.yaml"]),"deployment.yaml":DEPLOYMENT("worker","busybox:1.37",void 0)}}},DEFAULT_STARTER="web";function initSpec(request){let name=request.example??DEFAULT_STARTER,starter=STARTERS[name];if(!starter)throw new ScaleplanError("USAGE",`Unknown example "${name}"; choose one of ${Object.keys(STARTERS).join(", ")}.`);let specFile=path.join(request.cwd,DEFAULT_SPEC_FILE);if(fs.existsSync(specFile))throw new ScaleplanError("USAGE",`${DEFAULT_SPEC_FILE} already exists; init never overwrites a spec. Remove or rename it first.`,{file:displayPath(request.cwd,specFile)});let written=[],baseDirectory=path.join(request.cwd,"base"),keptBase=fs.existsSync(baseDirectory);if(!keptBase){fs.mkdirSync(baseDirectory);for(let file of Object.keys(starter.base).sort()){let target=path.join(baseDirectory,file);fs.writeFileSync(target,starter.base[file]??"",{flag:"wx"}),written.push(displayPath(request.cwd,target))}}return fs.writeFileSync(specFile,starter.spec,{flag:"wx"}),written.unshift(displayPath(request.cwd,specFile)),{written,keptBase}}export{STARTERS,initSpec};
