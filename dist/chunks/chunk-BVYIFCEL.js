import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import{HPA_KIND,PDB_KIND,POD_LABEL_ASSUMPTIONS,SCALABLE_VISIT_KINDS,SCALED_OBJECT_KIND,VPA_KIND,WORKLOAD_KINDS,allowedDisruptions,asArray,asObject,behaviorPath,blocksAtEveryScale,checkAlertTemplate,checkPromQL,containerResources,describeDemand,describeIntOrPercent,describeSelector,describeType,describeValue,disruptionValueProblems,effectiveScalingRules,fastestScaleDown,fieldName,formatQuantity,getPath,groupOf,isEmptySelector,isExtendedResource,isWholeQuantity,labelsAt,loadPromQL,locateInScalar,metricNamePath,minimatch,parseIntOrPercent,parseLabelSelector,parseMapSelector,parsePrometheusDuration,parseQuantity,podLabelsMatch,podTemplatePath,readAutoscaler,readAutoscalerResourceMetrics,readDisruptionPolicy,readHpaMetrics,readPdbSelector,readTargetRef,require_dist,scaleIntOrPercent,selectorMatches}from"./chunk-CWCMBULF.js";import{closestMatch,closestName}from"./chunk-HIUJIENI.js";import{__toESM}from"./chunk-AGKEWAZ4.js";function quotedList(items){let quoted=items.map(item=>`"${item}"`);return quoted.length<=1?quoted.join(""):`${quoted.slice(0,-1).join(", ")} and ${quoted[quoted.length-1]}`}function wordList(items,conjunction="and"){return items.length<=1?items.join(""):`${items.slice(0,-1).join(", ")} ${conjunction} ${items[items.length-1]}`}function counted(count,word){return`${count} ${count===1?word:`${word}s`}`}var SELECTOR_REQUIRED="spec.selector becomes required and must match the template labels";function workloads(apiVersion,kinds,deprecatedIn){return kinds.map(kind=>({apiVersion,kind,deprecatedIn,removedIn:"1.16",replacement:"apps/v1",note:SELECTOR_REQUIRED}))}function group(apiVersion,kinds,deprecatedIn,removedIn,replacement){return kinds.map(kind=>({apiVersion,kind,deprecatedIn,removedIn,replacement}))}function removedAlpha(apiVersion,kinds,removedIn,replacement){return group(apiVersion,kinds,removedIn,removedIn,replacement)}var INGRESS_NOTE="backend.serviceName/servicePort become backend.service.name and backend.service.port.number (or .name), and pathType is required",API_DEPRECATIONS=[...workloads("extensions/v1beta1",["DaemonSet","Deployment","ReplicaSet"],"1.8"),...workloads("apps/v1beta1",["Deployment","StatefulSet"],"1.8"),...workloads("apps/v1beta2",["DaemonSet","Deployment","ReplicaSet","StatefulSet"],"1.9"),...group("apps/v1beta1",["ControllerRevision"],"1.8","1.16","apps/v1"),...group("apps/v1beta2",["ControllerRevision"],"1.9","1.16","apps/v1"),...group("extensions/v1beta1",["NetworkPolicy"],"1.9","1.16","networking.k8s.io/v1"),{apiVersion:"extensions/v1beta1",kind:"PodSecurityPolicy",deprecatedIn:"1.11",removedIn:"1.16",replacement:"Pod Security Admission (PodSecurityPolicy is gone since 1.25)"},{apiVersion:"extensions/v1beta1",kind:"Ingress",deprecatedIn:"1.14",removedIn:"1.22",replacement:"networking.k8s.io/v1",note:INGRESS_NOTE},{apiVersion:"networking.k8s.io/v1beta1",kind:"Ingress",deprecatedIn:"1.19",removedIn:"1.22",replacement:"networking.k8s.io/v1",note:INGRESS_NOTE},...group("networking.k8s.io/v1beta1",["IngressClass"],"1.19","1.22","networking.k8s.io/v1"),...group("admissionregistration.k8s.io/v1beta1",["MutatingWebhookConfiguration","ValidatingWebhookConfiguration"],"1.16","1.22","admissionregistration.k8s.io/v1"),...group("apiextensions.k8s.io/v1beta1",["CustomResourceDefinition"],"1.16","1.22","apiextensions.k8s.io/v1"),...group("apiregistration.k8s.io/v1beta1",["APIService"],"1.19","1.22","apiregistration.k8s.io/v1"),...group("authentication.k8s.io/v1beta1",["TokenReview"],"1.19","1.22","authentication.k8s.io/v1"),...group("authorization.k8s.io/v1beta1",["LocalSubjectAccessReview","SelfSubjectAccessReview","SelfSubjectRulesReview","SubjectAccessReview"],"1.19","1.22","authorization.k8s.io/v1"),...group("certificates.k8s.io/v1beta1",["CertificateSigningRequest"],"1.19","1.22","certificates.k8s.io/v1"),...group("coordination.k8s.io/v1beta1",["Lease"],"1.19","1.22","coordination.k8s.io/v1"),...group("rbac.authorization.k8s.io/v1beta1",["ClusterRole","ClusterRoleBinding","Role","RoleBinding"],"1.17","1.22","rbac.authorization.k8s.io/v1"),...group("scheduling.k8s.io/v1beta1",["PriorityClass"],"1.14","1.22","scheduling.k8s.io/v1"),...group("storage.k8s.io/v1beta1",["CSIDriver","CSINode","StorageClass","VolumeAttachment"],"1.19","1.22","storage.k8s.io/v1"),...group("batch/v1beta1",["CronJob"],"1.21","1.25","batch/v1"),...group("discovery.k8s.io/v1beta1",["EndpointSlice"],"1.21","1.25","discovery.k8s.io/v1"),...group("events.k8s.io/v1beta1",["Event"],"1.19","1.25","events.k8s.io/v1"),{apiVersion:"autoscaling/v2beta1",kind:"HorizontalPodAutoscaler",deprecatedIn:"1.22",removedIn:"1.25",replacement:"autoscaling/v2",note:"targetAverageUtilization and targetAverageValue move into a target block of type Utilization or AverageValue"},{apiVersion:"policy/v1beta1",kind:"PodDisruptionBudget",deprecatedIn:"1.21",removedIn:"1.25",replacement:"policy/v1",note:"an empty spec.selector now selects every pod in the namespace instead of none"},{apiVersion:"policy/v1beta1",kind:"PodSecurityPolicy",deprecatedIn:"1.21",removedIn:"1.25",replacement:"Pod Security Admission (pod-security.kubernetes.io namespace labels)"},...group("node.k8s.io/v1beta1",["RuntimeClass"],"1.20","1.25","node.k8s.io/v1"),{apiVersion:"autoscaling/v2beta2",kind:"HorizontalPodAutoscaler",deprecatedIn:"1.23",removedIn:"1.26",replacement:"autoscaling/v2"},...group("flowcontrol.apiserver.k8s.io/v1beta1",["FlowSchema","PriorityLevelConfiguration"],"1.23","1.26","flowcontrol.apiserver.k8s.io/v1"),...group("storage.k8s.io/v1beta1",["CSIStorageCapacity"],"1.24","1.27","storage.k8s.io/v1"),...group("flowcontrol.apiserver.k8s.io/v1beta2",["FlowSchema","PriorityLevelConfiguration"],"1.26","1.29","flowcontrol.apiserver.k8s.io/v1"),...group("flowcontrol.apiserver.k8s.io/v1beta3",["FlowSchema","PriorityLevelConfiguration"],"1.29","1.32","flowcontrol.apiserver.k8s.io/v1"),...removedAlpha("admissionregistration.k8s.io/v1alpha1",["InitializerConfiguration"],"1.14","a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration); initializers are gone"),...removedAlpha("auditregistration.k8s.io/v1alpha1",["AuditSink"],"1.19","the API server's --audit-webhook-config-file (dynamic audit sinks are gone)"),...removedAlpha("settings.k8s.io/v1alpha1",["PodPreset"],"1.20","the fields in the pod templates themselves, or a mutating admission webhook (PodPreset is gone)"),...removedAlpha("batch/v2alpha1",["CronJob"],"1.21","batch/v1"),...removedAlpha("flowcontrol.apiserver.k8s.io/v1alpha1",["FlowSchema","PriorityLevelConfiguration"],"1.21","flowcontrol.apiserver.k8s.io/v1"),...group("rbac.authorization.k8s.io/v1alpha1",["ClusterRole","ClusterRoleBinding","Role","RoleBinding"],"1.17","1.22","rbac.authorization.k8s.io/v1"),...removedAlpha("networking.k8s.io/v1alpha1",["ClusterCIDR"],"1.29","kube-controller-manager's --cluster-cidr (ClusterCIDR is gone)"),...removedAlpha("resource.k8s.io/v1alpha2",["PodSchedulingContext","ResourceClaim","ResourceClaimParameters","ResourceClaimTemplate","ResourceClass","ResourceClassParameters","ResourceSlice"],"1.31","resource.k8s.io/v1 (structured parameters: DeviceClass instead of ResourceClass)"),{apiVersion:"v1",kind:"Endpoints",deprecatedIn:"1.33",replacement:"discovery.k8s.io/v1 EndpointSlice",note:"a selector-less Service gets its endpoints from EndpointSlices labelled kubernetes.io/service-name"},{apiVersion:"autoscaling.k8s.io/v1beta2",kind:"VerticalPodAutoscaler",deprecatedIn:"0.13",removedIn:"1.3",replacement:"autoscaling.k8s.io/v1",project:"Vertical Pod Autoscaler"}],byKey=new Map(API_DEPRECATIONS.map(entry=>[`${entry.apiVersion}/${entry.kind}`,entry]));function findDeprecation(apiVersion,kind){return byKey.get(`${apiVersion}/${kind}`)}function compareVersions(a,b){let[aMajor,aMinor]=parsedVersion(a),[bMajor,bMinor]=parsedVersion(b);return aMajor-bMajor||aMinor-bMinor}var PARSED_VERSIONS=new Map;function parsedVersion(version){let parsed=PARSED_VERSIONS.get(version);if(!parsed){let[major=0,minor=0]=version.split(".").map(Number);parsed=[major,minor],PARSED_VERSIONS.size<64&&PARSED_VERSIONS.set(version,parsed)}return parsed}function apiStatus(apiVersion,kind,kubeVersion){let deprecation=findDeprecation(apiVersion,kind);if(deprecation){if(deprecation.project)return{state:"deprecated",deprecation};if(deprecation.removedIn&&compareVersions(kubeVersion,deprecation.removedIn)>=0)return{state:"removed",deprecation};if(compareVersions(kubeVersion,deprecation.deprecatedIn)>=0)return{state:"deprecated",deprecation}}}var deprecated_api_default={id:"deprecated-api",meta:{description:"Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones",severity:"error",category:"set",kinds:["*"],scope:"object",messages:{removed:'{{kind}} {{object}} uses {{apiVersion}}, which Kubernetes {{kubeVersion}} no longer serves (removed in {{removedIn}}): kubectl apply and Argo CD fail with "no matches for kind". Use {{replacement}}{{note}}.',deprecated:"{{kind}} {{object}} uses {{apiVersion}}, deprecated since Kubernetes {{deprecatedIn}}{{removal}}; move to {{replacement}}{{note}} before a cluster upgrade breaks the apply.",deprecatedCustomResource:"{{kind}} {{object}} uses {{apiVersion}}, deprecated since {{project}} {{deprecatedIn}} and not served by its CRD from {{project}} {{removedIn}} on; use {{replacement}}."},rationale:'Kubernetes stops serving beta API versions a few releases after their replacement ships, and alpha versions in any release. A manifest that still uses one applies today and fails after the next cluster upgrade ("no matches for kind"), usually in the middle of a rollout. The table in src/k8s/deprecations.ts follows the Kubernetes Deprecated API Migration Guide and, for removed alpha versions (reported from the release that dropped them), the changelog of each release; the target version is --kube-version (or kubeVersion in .scaleplan.yaml).',remediation:"Change apiVersion to the replacement the message names and apply the migration note (for example HPA targetAverageUtilization becomes target.averageUtilization in autoscaling/v2).",autofix:"`--fix` changes `apiVersion` where the move is mechanical: HorizontalPodAutoscaler `autoscaling/v2beta2` \u2192 `autoscaling/v2` (the same fields) and PodDisruptionBudget `policy/v1beta1` \u2192 `policy/v1` (refused when the selector is empty or missing: it selects no pods in v1beta1 and every pod of the namespace in v1). Every other move renames or reshapes fields and is left to `kubectl convert` and a person.",defaultOptions:{},examples:{incorrect:`apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:"kube-score stable-version, kube-linter no-extensions-v1beta, Kyverno check-deprecated-apis, Pluto and kubent. scaleplan weighs the target version: removed APIs are errors, deprecated ones warnings."},create(context){let kubeVersion=context.settings.kubeVersion;return{"*"(manifest){let status=apiStatus(manifest.apiVersion,manifest.kind,kubeVersion);if(!status)return;let{deprecation}=status,base={apiVersion:manifest.apiVersion,kind:manifest.kind,object:manifest.name===""?"(no name)":`"${manifest.name}"`,replacement:deprecation.replacement,note:deprecation.note?` (${deprecation.note})`:"",deprecatedIn:deprecation.deprecatedIn};deprecation.project?context.report({manifest,path:["apiVersion"],messageId:"deprecatedCustomResource",severity:"warning",data:{...base,project:deprecation.project,removedIn:deprecation.removedIn??"a later release"}}):status.state==="removed"?context.report({manifest,path:["apiVersion"],messageId:"removed",autofix:fixer=>convertMechanically(fixer,manifest),data:{...base,kubeVersion,removedIn:deprecation.removedIn??""}}):context.report({manifest,path:["apiVersion"],messageId:"deprecated",autofix:fixer=>convertMechanically(fixer,manifest),severity:"warning",data:{...base,removal:deprecation.removedIn?` and removed in ${deprecation.removedIn}`:" (no removal scheduled yet)"}})}}}};function convertMechanically(fixer,manifest){let target=MECHANICAL[`${manifest.apiVersion} ${manifest.kind}`];if(!target)return{refused:`Moving ${manifest.kind} from ${manifest.apiVersion} changes its fields; convert it by hand (kubectl convert).`};if(manifest.kind==="PodDisruptionBudget"){let selector=manifest.get(["spec","selector"]);if(typeof selector!="object"||selector===null||Object.keys(selector).length===0)return{refused:"An empty or missing selector selects no pods in policy/v1beta1 but every pod of the namespace in policy/v1; set the selector first."}}return fixer.replaceValue(manifest,["apiVersion"],target)}var MECHANICAL={"autoscaling/v2beta2 HorizontalPodAutoscaler":"autoscaling/v2","policy/v1beta1 PodDisruptionBudget":"policy/v1"};var duplicate_object_default={id:"duplicate-object",meta:{description:"Disallow two objects with the same kind, namespace and name",severity:"error",category:"set",kinds:["*"],scope:"set",messages:{duplicate:'{{kind}} "{{name}}" is defined more than once in namespace "{{namespace}}"; the later one silently replaces the earlier on apply.',duplicateClusterScoped:'{{kind}} "{{name}}" is defined more than once; the later one silently replaces the earlier on apply.'},rationale:"kubectl apply and Argo CD apply objects one after the other, so of two objects with the same identity only the last survives, and which one that is depends on file order. Kustomize refuses to build such a set at all.",remediation:"Delete one of the objects, or give them different names or namespaces.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 8080}]
`,correct:`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: web-admin
spec:
  ports: [{port: 8080}]
`}},create(context){return{"*"(manifest){if(manifest.name==="")return;let same=context.set.sameIdentity(manifest),first=same[0];same.length<2||first===manifest||first===void 0||context.report({manifest,path:["metadata","name"],messageId:manifest.namespace===""?"duplicateClusterScoped":"duplicate",data:{kind:manifest.kind,name:manifest.name,namespace:manifest.namespace},related:[{manifest:first,path:["metadata","name"],message:"First defined here."}]})}}}};var LIMIT_RANGE_KIND="LimitRange",POD_LEVEL_RESOURCES_SINCE="1.34",POD_LEVEL_RESOURCE_NAMES=new Set(["cpu","memory"]);function isSet(map,resource){return Object.prototype.hasOwnProperty.call(map,resource)&&map[resource]!==null}var LimitRangeDefaults=class{requests=new Map;limits=new Map;constructor(limitRanges){for(let limitRange of limitRanges){let requests=new Map,limits=new Map;asArray(limitRange.get(["spec","limits"])).forEach((entry,index)=>{let item=asObject(entry);if(!item||item.type!=="Container")return;let read=field=>{let result=new Map,values=asObject(item[field])??{};for(let resource of Object.keys(values))isSet(values,resource)&&result.set(resource,{raw:values[resource],manifest:limitRange,path:["spec","limits",index,field,resource]});return result},[defaultRequest,defaultLimit,max,min]=[read("defaultRequest"),read("default"),read("max"),read("min")];for(let[target,sources]of[[limits,[defaultLimit,max]],[requests,[defaultRequest,defaultLimit,max,min]]]){let resources=new Set(sources.flatMap(source=>[...source.keys()]));for(let resource of resources){let found=sources.find(source=>source.has(resource))?.get(resource);found&&target.set(resource,found)}}});for(let[target,source]of[[this.requests,requests],[this.limits,limits]])for(let[resource,value]of source)target.has(resource)||target.set(resource,value)}}request(resource){return resolved(this.requests.get(resource))}limit(resource){return resolved(this.limits.get(resource))}resourceNames(){return[...new Set([...this.requests.keys(),...this.limits.keys()])]}};function resolved(entry){return entry?{raw:entry.raw,value:parseQuantity(entry.raw),origin:"limitRange",manifest:entry.manifest,path:entry.path}:void 0}var NO_DEFAULTS=new LimitRangeDefaults([]);function describeContainer(container){return`${container.kind==="sidecar"?"Sidecar container":container.kind==="init"?"Init container":"Container"} "${container.name}"`}function hasReadableResources(container){let resources=container.container.resources;if(resources==null)return!0;let object=asObject(resources);return object!==void 0&&["requests","limits"].every(field=>object[field]===void 0||object[field]===null||asObject(object[field])!==void 0)}function writtenQuantity(workload,container,field,resource){let values=containerResources(container.container,field);if(isSet(values,resource))return{raw:values[resource],value:parseQuantity(values[resource]),origin:field==="requests"?"request":"limit",manifest:workload.manifest,path:[...container.path,"resources",field,resource]}}function effectiveRequest(workload,container,resource,defaults=NO_DEFAULTS){return writtenQuantity(workload,container,"requests",resource)??writtenQuantity(workload,container,"limits",resource)??defaults.request(resource)}function effectiveLimit(workload,container,resource,defaults=NO_DEFAULTS){return writtenQuantity(workload,container,"limits",resource)??defaults.limit(resource)}function podLevelResources(workload,kubeVersion){if(compareVersions(kubeVersion,POD_LEVEL_RESOURCES_SINCE)<0)return;let resources=asObject(workload.podSpec?.resources),requests=asObject(resources?.requests)??{},limits=asObject(resources?.limits)??{};if([...POD_LEVEL_RESOURCE_NAMES].some(name=>isSet(requests,name)||isSet(limits,name)))return{requests,limits}}function podLevelQuantity(workload,podLevel,resource){if(!(!podLevel||!POD_LEVEL_RESOURCE_NAMES.has(resource)))for(let field of["requests","limits"]){let values=podLevel[field];if(isSet(values,resource))return{raw:values[resource],value:parseQuantity(values[resource]),origin:"pod",manifest:workload.manifest,path:[...workload.podSpecPath,"resources",field,resource]}}}function resourceNamesOf(workload,defaults=NO_DEFAULTS){let names2=new Set;for(let container of workload.containers)for(let field of["requests","limits"])for(let name of Object.keys(containerResources(container.container,field)))names2.add(name);for(let name of defaults.resourceNames())names2.add(name);return[...names2].sort()}function podTotal(workload,field,resource,defaults=NO_DEFAULTS,podLevel){let pod=field==="requests"?podLevelQuantity(workload,podLevel,resource):podLevel&&isSet(podLevel.limits,resource)?{value:parseQuantity(podLevel.limits[resource])}:void 0;if(pod)return pod.value??0;let resolve=field==="requests"?effectiveRequest:effectiveLimit,running=0,sidecars=0,startupPeak=0;for(let container of workload.containers){let value=resolve(workload,container,resource,defaults)?.value??0;container.kind==="container"?running+=value:container.kind==="sidecar"?(running+=value,sidecars+=value,startupPeak=Math.max(startupPeak,sidecars)):startupPeak=Math.max(startupPeak,value+sidecars)}return Math.max(running,startupPeak)}function isBestEffort(workload,defaults=NO_DEFAULTS,podLevel){for(let resource of["cpu","memory"]){if(podLevel&&(isNonZero(podLevel.requests[resource])||isNonZero(podLevel.limits[resource])))return!1;for(let container of workload.containers){let request=effectiveRequest(workload,container,resource,defaults),limit=effectiveLimit(workload,container,resource,defaults);if(isNonZero(request?.raw)||isNonZero(limit?.raw))return!1}}return!0}function isNonZero(raw){let value=parseQuantity(raw);return value!==void 0&&value!==0}function quantityGreater(a,b){return a-b>Math.max(Math.abs(a),Math.abs(b))*1e-9}var RESOURCE_QUOTA_KIND="ResourceQuota",PRIORITY_CLASS_KIND="PriorityClass",NATIVE_COMPUTE=new Set(["cpu","memory","ephemeral-storage"]),REQUIRED_QUOTA_KEYS=new Set(["cpu","memory","requests.cpu","requests.memory","limits.cpu","limits.memory"]);function quotaKeyUsage(key){if(key==="pods"||key==="count/pods")return{type:"pods"};if(NATIVE_COMPUTE.has(key)||key.startsWith("hugepages-"))return{type:"requests",resource:key};if(key.startsWith("requests.")){let resource=key.slice(9);return NATIVE_COMPUTE.has(resource)||resource.startsWith("hugepages-")||isExtendedResource(resource)?{type:"requests",resource}:void 0}if(key.startsWith("limits.")){let resource=key.slice(7);return NATIVE_COMPUTE.has(resource)?{type:"limits",resource}:void 0}}function untrackedExtendedResource(key){if(!(key.startsWith("requests.")||key.startsWith("count/"))){if(key.startsWith("limits.")){let resource=key.slice(7);return isExtendedResource(resource)?{resource,form:"limits"}:void 0}return isExtendedResource(key)?{resource:key,form:"bare"}:void 0}}function readQuotaHard(quota){let hard=asObject(quota.get(["spec","hard"]));return hard?Object.entries(hard).map(([key,raw])=>({key,raw,value:parseQuantity(raw),path:["spec","hard",key],usage:quotaKeyUsage(key)})):[]}var POD_SCOPES=new Set(["Terminating","NotTerminating","BestEffort","NotBestEffort","CrossNamespacePodAffinity"]),OPERATORS=new Set(["In","NotIn","Exists","DoesNotExist"]);function readQuotaScopes(quota){let result=[],scopes=quota.get(["spec","scopes"]);if(scopes!=null){if(!Array.isArray(scopes))return;for(let scope of scopes){if(typeof scope!="string")return;result.push(scope==="PriorityClass"?{name:"PriorityClass",operator:"Exists",values:[]}:POD_SCOPES.has(scope)?{name:scope}:{name:"none",written:scope})}}let selector=quota.get(["spec","scopeSelector"]);if(selector!=null){let expressions=asObject(selector)?.matchExpressions;if(!asObject(selector)||expressions!==void 0&&!Array.isArray(expressions))return;for(let entry of asArray(expressions)){let expression=asObject(entry),scopeName=expression?.scopeName,operator=expression?.operator,values=asArray(expression?.values);if(typeof scopeName!="string"||typeof operator!="string"||!OPERATORS.has(operator)||!values.every(value=>typeof value=="string"))return;scopeName==="PriorityClass"?result.push({name:"PriorityClass",operator,values}):result.push(POD_SCOPES.has(scopeName)?{name:scopeName}:{name:"none",written:scopeName})}}return result}function podScopeFacts(workload,set,defaults,kubeVersion){let spec=workload.podSpec,written=spec?.priorityClassName,deadline=spec?.activeDeadlineSeconds;return{priorityClassName:typeof written=="string"&&written!==""?written:globalDefaultPriorityClass(set),bestEffort:isBestEffort(workload,defaults,podLevelResources(workload,kubeVersion)),terminating:typeof deadline=="number"&&deadline>=0,crossNamespacePodAffinity:usesCrossNamespacePodAffinity(spec?.affinity)}}function globalDefaultPriorityClass(set){return set.byKind(PRIORITY_CLASS_KIND).find(manifest=>manifest.get(["globalDefault"])===!0)?.name}function usesCrossNamespacePodAffinity(affinity){let crossNamespace=term=>{let object=asObject(term);return asArray(object?.namespaces).length>0||object?.namespaceSelector!==void 0&&object.namespaceSelector!==null};for(let kind of["podAffinity","podAntiAffinity"]){let section=asObject(asObject(affinity)?.[kind]);if(asArray(section?.requiredDuringSchedulingIgnoredDuringExecution).some(crossNamespace)||asArray(section?.preferredDuringSchedulingIgnoredDuringExecution).some(weighted=>crossNamespace(asObject(weighted)?.podAffinityTerm)))return!0}return!1}function quotaScopesMatch(scopes,facts){return scopes.every(scope=>{switch(scope.name){case"Terminating":return facts.terminating;case"NotTerminating":return!facts.terminating;case"BestEffort":return facts.bestEffort;case"NotBestEffort":return!facts.bestEffort;case"CrossNamespacePodAffinity":return facts.crossNamespacePodAffinity;case"PriorityClass":return selectorMatches({matchLabels:{},matchExpressions:[{key:"PriorityClass",operator:scope.operator,values:scope.values}],matchesNone:!1},facts.priorityClassName===void 0?{}:{PriorityClass:facts.priorityClassName});case"none":return!1}})}function describeQuotaScopes(scopes){return scopes.map(scope=>scope.name==="PriorityClass"?scope.values.length>0?`PriorityClass ${scope.operator} (${scope.values.join(", ")})`:`PriorityClass ${scope.operator}`:scope.name==="none"?scope.written:scope.name).join(", ")}var RESOURCE="ephemeral-storage",ephemeral_storage_request_missing_default={id:"ephemeral-storage-request-missing",meta:{description:"Require an ephemeral-storage request (or limit) on containers where a ResourceQuota constrains ephemeral storage",severity:"warning",category:"quota",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{uncounted:'{{container}} of {{kind}} "{{name}}" has no ephemeral-storage {{field}}, but ResourceQuota "{{quota}}" constrains {{key}} in namespace "{{namespace}}"; quota admission does not require it, so the pod is admitted and counted as 0: the quota limits nothing, the scheduler places the pod without regard to node disk, and the kubelet evicts it first under disk pressure. Set resources.{{fieldPath}}.ephemeral-storage (or a LimitRange default).'},rationale:"Unlike cpu and memory, `requests.ephemeral-storage` and `limits.ephemeral-storage` in a ResourceQuota do not make quota admission reject a pod that lacks them (Kubernetes keeps the required list to cpu and memory on purpose, which is why quota-missing-requests does not report them). Such a pod is charged 0: the namespace's storage quota silently stops working, the scheduler does not account for the pod's scratch space, and under node disk pressure the kubelet evicts pods that exceed their (zero) request first. The request is filled as Kubernetes fills it: from the container's limit, or the namespace's LimitRange defaults; quota scopes are honoured as in quota-missing-requests. Only where a quota constrains ephemeral storage: elsewhere it is a matter of taste.",remediation:"Add `resources.requests.ephemeral-storage` (and a limit when the quota has `limits.ephemeral-storage`) to each container, or a LimitRange with a `defaultRequest`/`default` for ephemeral-storage in the namespace.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: storage
  namespace: shop
spec:
  hard: {requests.ephemeral-storage: 20Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          resources: {requests: {cpu: 100m, memory: 128Mi}}
`,correct:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: storage
  namespace: shop
spec:
  hard: {requests.ephemeral-storage: 20Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          resources: {requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}}
`},peers:"kube-score container-ephemeral-storage-request-and-limit asks every container for both, wherever it runs; scaleplan asks only where a quota constrains ephemeral storage, and accepts LimitRange defaults."},create(context){let visit=manifest=>{let quotas=context.set.byKindIn(RESOURCE_QUOTA_KIND,manifest.namespace),workload=quotas.length>0?context.set.workload(manifest):void 0;if(!workload?.ownsTemplate||workload.containers.length===0)return;let defaults=context.set.limitRangeDefaults(manifest.namespace),facts,reported=new Set;for(let quota of quotas){let scopes=readQuotaScopes(quota),entries=readQuotaHard(quota).filter(entry=>entry.usage?.type!=="pods"&&entry.usage?.resource===RESOURCE);if(!(!scopes||entries.length===0)&&(facts??=podScopeFacts(workload,context.set,defaults,context.settings.kubeVersion),!!quotaScopesMatch(scopes,facts))){for(let container of workload.containers)if(hasReadableResources(container))for(let entry of entries){let usage=entry.usage;if(!usage||usage.type==="pods")continue;let present=usage.type==="requests"?effectiveRequest(workload,container,RESOURCE,defaults):effectiveLimit(workload,container,RESOURCE,defaults),once=`${container.path.join(".")}\0${usage.type}`;present||reported.has(once)||(reported.add(once),context.report({manifest,path:[...container.path,"name"],target:"value",messageId:"uncounted",data:{container:describeContainer(container),kind:manifest.kind,name:manifest.name,field:usage.type==="requests"?"request":"limit",fieldPath:usage.type,quota:quota.name,key:entry.key,namespace:manifest.namespace},related:[{manifest:quota,path:entry.path,target:"key",message:`ResourceQuota "${quota.name}" constrains ${entry.key} here.`}]}))}}}};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};var extended_resource_limits_default={id:"extended-resource-limits",meta:{description:"Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request",severity:"error",category:"requests",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{missingLimit:'{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} without a limit: extended resources cannot be overcommitted, so the API server requires the limit ("Limit must be set for non overcommitable resources") and rejects the object. Set limits["{{resource}}"]: {{request}} (the limit alone is enough; the request defaults to it).',mismatch:'{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but its limit is {{limit}}: extended resources cannot be overcommitted, so the API server rejects a request that differs from the limit ("must be equal to {{resource}} limit"). Set only limits["{{resource}}"], or the same value in both.',fraction:'{{container}} of {{kind}} "{{name}}" asks for {{value}} {{resource}} in its {{field}}, a fraction: devices are allocated whole, so the API server rejects the object ("must be an integer"). Use a whole number (GPU time-slicing and MIG expose shares of a GPU as whole units of another resource).'},rationale:"Extended resources (a `/` in the name outside the `kubernetes.io` domain: `nvidia.com/gpu`, `amd.com/gpu`, `gpu.intel.com/i915`, vendor NICs and FPGAs) are whole devices that the kubelet hands to one container; Kubernetes does not overcommit them. The API server therefore enforces three things on every container, pod templates included: the limit must be set, a request must equal the limit, and the value must be a whole number (`0.5`, `500m` and `1.5` are rejected). A limit alone is the recommended form: the request defaults to it. A LimitRange `default` for the resource counts as the limit. All three mistakes fail the apply or the Argo CD sync, often only in the environment that adds the GPU patch.",remediation:"Write the device count once, as a whole number under `resources.limits` (e.g. `nvidia.com/gpu: 1`); drop the request or make it identical.",autofix:"`--fix` sets the limit to the request, spelled as the request is: it changes a written limit that differs, or adds `limits: {<resource>: <request>}` next to the requests when only a LimitRange default or nothing sets one. A fractional request is not fixed: how many whole devices a container needs is for its owner to choose.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            requests: {nvidia.com/gpu: 1}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`},peers:"kube-linter, kube-score and Polaris have no check for extended resources; schema validators such as kubeconform cannot catch these because the rules live in API server code."},create(context){let visit=manifest=>{let workload=context.set.workload(manifest);if(!workload?.ownsTemplate)return;let defaults=context.set.limitRangeDefaults(manifest.namespace);for(let container of workload.containers){if(!hasReadableResources(container))continue;let resources=new Set(["requests","limits"].flatMap(field=>Object.keys(containerResources(container.container,field))));for(let resource of[...resources].filter(isExtendedResource)){let request=writtenQuantity(workload,container,"requests",resource),limit=effectiveLimit(workload,container,resource,defaults),data={container:describeContainer(container),kind:manifest.kind,name:manifest.name,resource},fractional=[request,limit].find(value=>value!==void 0&&value.origin!=="limitRange"&&value.value!==void 0&&!isWholeQuantity(value.raw));if(fractional){context.report({manifest,path:fractional.path,messageId:"fraction",data:{...data,value:String(fractional.raw),field:fractional.origin==="request"?"requests":"limits"},autofix:()=>({refused:`How many whole ${resource} devices the container needs is for its owner to choose.`})});continue}if(request?.value!==void 0){if(!limit){context.report({manifest,path:request.path,messageId:"missingLimit",data:{...data,request:String(request.raw)},fix:`resources: {limits: {${resource}: ${String(request.raw)}}}`,autofix:fixer=>setLimit(fixer,manifest,request,resource)});continue}limit.value!==void 0&&(quantityGreater(request.value,limit.value)||quantityGreater(limit.value,request.value))&&context.report({manifest,path:request.path,messageId:"mismatch",data:{...data,request:String(request.raw),limit:String(limit.raw)},...limit.origin==="limitRange"?{related:[{manifest:limit.manifest,path:limit.path,message:`LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`}]}:{},fix:`resources: {limits: {${resource}: ${String(limit.raw)}}}`,autofix:fixer=>limit.origin==="limit"?fixer.replaceValue(limit.manifest,limit.path,quantityText(request)):limit.origin==="limitRange"?setLimit(fixer,manifest,request,resource):{refused:`The ${resource} limit comes from the pod's resources.`}})}}}};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};function quantityText(quantity){return typeof quantity.raw=="number"?quantity.raw:String(quantity.raw)}function setLimit(fixer,manifest,request,resource){let text=fixer.valueText(manifest,request.path);if(text===void 0||request.origin!=="request")return{refused:`The ${resource} request is not written on the container.`};let resources=request.path.slice(0,-2),limits=manifest.get([...resources,"limits"]);return typeof limits=="object"&&limits!==null?fixer.setField(manifest,[...resources,"limits"],resource,text):fixer.setField(manifest,resources,"limits",{[resource]:text})}var GPU_WORDS=/gpu|accelerator/i,SELECTING_OPERATORS=new Set(["In","Exists","Gt","Lt"]),gpu_without_placement_default={id:"gpu-without-placement",meta:{description:"Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes",severity:"warning",category:"quota",kinds:[...WORKLOAD_KINDS],scope:"object",messages:{noPlacement:'{{kind}} "{{name}}" requests {{resource}} but neither tolerates the {{taint}} taint nor selects GPU nodes: where GPU nodes are tainted (the usual setup) its pods stay Pending, and the cluster autoscaler adds no GPU node for a pod that would not tolerate it. Add a toleration for {{taint}} (effect NoSchedule), or a nodeSelector or node affinity on your GPU node label.'},rationale:"GPU node pools are tainted so that ordinary pods stay off expensive nodes (GKE and AKS GPU pools, EKS GPU node groups set up per the NVIDIA GPU Operator guides; commonly `nvidia.com/gpu:NoSchedule`). A pod that requests a GPU fits only on those nodes, so without a matching toleration the scheduler has nowhere to put it: it stays Pending with `untolerated taint`, and the cluster autoscaler, which simulates taints, never scales the GPU pool up for it. The rule accepts as placement: a toleration whose key is the taint key (option `taintKey`) or the requested resource name with effect NoSchedule or no effect, a toleration with `operator: Exists` and no key (tolerates every taint), or a `nodeSelector` or required or preferred node affinity term that selects nodes by a GPU label (a key or value containing `gpu` or `accelerator`, or a key listed in `gpuNodeLabels`; `NotIn`/`DoesNotExist` terms select the other nodes and do not count). Clusters whose API server runs the ExtendedResourceToleration admission plugin (GKE does) add the toleration automatically; turn the rule off there.",remediation:'Add `tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]` to the pod template (with your taint key), and usually a `nodeSelector` on the GPU pool label as well (e.g. `cloud.google.com/gke-accelerator`, `nvidia.com/gpu.present: "true"` from GPU feature discovery, or your node pool label).',defaultOptions:{taintKey:"nvidia.com/gpu",resourceNames:["nvidia.com/gpu","amd.com/gpu"],gpuNodeLabels:[]},optionsSchema:{type:"object",properties:{taintKey:{type:"string",minLength:1,description:"Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)."},resourceNames:{type:"array",items:{type:"string",minLength:1},uniqueItems:!0,description:'Extended resources that mean "this pod needs a GPU node".'},gpuNodeLabels:{type:"array",items:{type:"string",minLength:1},uniqueItems:!0,description:"More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator."}},additionalProperties:!1},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      nodeSelector:
        nvidia.com/gpu.present: "true"
      tolerations:
        - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`},peers:"kube-linter no-node-affinity asks for node affinity on every workload, GPU or not; no peer relates GPU requests to taints and tolerations."},create(context){let visit=(manifest,options)=>{let workload=context.set.workload(manifest),podSpec=workload?.podSpec;if(!workload?.ownsTemplate||!podSpec)return;let requested;for(let container of workload.containers)if(!(requested||!hasReadableResources(container)))for(let resource of options.resourceNames){let quantity=writtenQuantity(workload,container,"limits",resource)??writtenQuantity(workload,container,"requests",resource);if(quantity?.value!==void 0&&quantity.value>0){requested={resource,quantity};break}}if(!requested)return;let taintKeys=new Set([options.taintKey,requested.resource]);tolerates(podSpec,taintKeys)||selectsGpuNodes(podSpec,new Set(options.gpuNodeLabels))||context.report({manifest,path:requested.quantity.path,target:"key",messageId:"noPlacement",data:{kind:manifest.kind,name:manifest.name,resource:requested.resource,taint:wordList([...taintKeys],"or")},fix:`tolerations: [{key: ${options.taintKey}, operator: Exists, effect: NoSchedule}]`})};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};function tolerates(podSpec,taintKeys){return asArray(podSpec.tolerations).some(entry=>{let toleration=asObject(entry);if(!toleration)return!1;let effect=toleration.effect;if(effect!=null&&effect!==""&&effect!=="NoSchedule")return!1;let key=toleration.key;return key==null||key===""?toleration.operator==="Exists":typeof key=="string"&&taintKeys.has(key)})}function isGpuLabel(key,values,gpuNodeLabels){return gpuNodeLabels.has(key)||GPU_WORDS.test(key)||values.some(value=>typeof value=="string"&&GPU_WORDS.test(value))}function selectsGpuNodes(podSpec,gpuNodeLabels){let nodeSelector=asObject(podSpec.nodeSelector)??{};if(Object.entries(nodeSelector).some(([key,value])=>isGpuLabel(key,[value],gpuNodeLabels)))return!0;let nodeAffinity=asObject(asObject(podSpec.affinity)?.nodeAffinity),required=asObject(nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution);return[...asArray(required?.nodeSelectorTerms),...asArray(nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map(weighted=>asObject(weighted)?.preference)].some(term=>asArray(asObject(term)?.matchExpressions).some(entry=>{let expression=asObject(entry),key=expression?.key,operator=expression?.operator;return typeof key=="string"&&typeof operator=="string"&&SELECTING_OPERATORS.has(operator)&&isGpuLabel(key,asArray(expression?.values),gpuNodeLabels)}))}var hpa_duplicate_target_default={id:"hpa-duplicate-target",meta:{description:"Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload",severity:"error",category:"autoscaling",kinds:[HPA_KIND,SCALED_OBJECT_KIND],scope:"set",messages:{duplicate:`{{autoscaler}} scales {{kind}} "{{target}}", which {{first}} already scales; two autoscalers overwrite each other's replica count at every sync, so the workload flaps between their recommendations. Keep one: merge the metrics into one HPA, or let KEDA own the workload and delete the HPA.`},rationale:"Each HPA (and the HPA that KEDA creates for every ScaledObject) computes its own desired replica count and writes it to the target's scale subresource every 15 seconds. Two of them on one workload do not combine their metrics: the last writer wins, so the count jumps between the two recommendations, pods are created and killed in a loop, and `kubectl describe hpa` shows `AmbiguousSelector` at best. The classic way to get there is adding a KEDA ScaledObject next to an existing HPA. KEDA itself creates an HPA named `keda-hpa-<name>` owned by the ScaledObject; that one is not a duplicate. It only appears in manifests exported from a live cluster (GitOps repositories never contain it), and scaleplan recognises it by its ownerReference.",remediation:"Delete all but one autoscaler. An HPA can scale on several metrics at once (it takes the highest recommendation); KEDA can take over CPU and memory with `cpu`/`memory` triggers.",defaultOptions:{},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: web
spec:
  scaleTargetRef: {name: web}
  triggers:
    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}
`,correct:`apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: web
spec:
  scaleTargetRef: {name: web}
  minReplicaCount: 2
  maxReplicaCount: 10
  triggers:
    - {type: cpu, metricType: Utilization, metadata: {value: "70"}}
    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies look for two autoscalers on one workload."},create(context){let visit=manifest=>{let ref=readTargetRef(manifest);if(!ref)return;let all=context.set.autoscalersReferencing(ref,manifest.namespace),autoscalers=all.filter(candidate=>!isKedaOwnHpa(candidate,all)),first=autoscalers[0];!first||first.manifest===manifest||!autoscalers.some(a=>a.manifest===manifest)||context.report({manifest,path:[...ref.path,"name"],messageId:"duplicate",data:{autoscaler:`${manifest.kind} "${manifest.name}"`,kind:ref.kind,target:ref.name,first:`${first.manifest.kind} "${first.manifest.name}"`},related:[{manifest:first.manifest,path:first.target?.path??["metadata","name"],target:"key",message:`${first.manifest.kind} "${first.manifest.name}" scales the same workload.`}]})};return{[HPA_KIND]:visit,[SCALED_OBJECT_KIND]:visit}}};function isKedaOwnHpa(autoscaler,all){return autoscaler.manifest.kind!==HPA_KIND?!1:asArray(asObject(autoscaler.manifest.object.metadata)?.ownerReferences).some(entry=>{let owner=asObject(entry);return owner?.kind===SCALED_OBJECT_KIND&&typeof owner.apiVersion=="string"&&owner.apiVersion.startsWith("keda.sh/")&&all.some(candidate=>candidate.manifest.kind===SCALED_OBJECT_KIND&&candidate.manifest.name===owner.name)})}var import_yaml=__toESM(require_dist(),1);var CONFIG_MAP_KIND="ConfigMap",DEFAULT_ADAPTER_DATA_KEYS=["config.yaml"],re2;async function loadAdapterRegex(){re2??=(await import("./build-AONRBPPW.js")).RE2JS}function compileGo(pattern){if(!re2)throw new Error("metrics-adapter: re2js is not loaded; await loadAdapterRegex() first");return re2.compile(pattern)}var TOP_FIELDS=new Set(["rules","externalRules","resourceRules"]),RULE_FIELDS=new Set(["seriesQuery","seriesFilters","resources","name","metricsQuery","labelValueReplacements"]),NAME_FIELDS=new Set(["matches","as"]),RESOURCE_FIELDS=new Set(["template","overrides","namespaced"]),FILTER_FIELDS=new Set(["is","isNot"]),HELM_RULES_KEYS=new Set(["default","custom","external","resource","existing"]),ConfigError=class extends Error{constructor(message,node){super(message);this.node=node}node};function rangeOf(node,text){let range=node?.range;return range?{from:range[0],to:range[1]}:{from:0,to:text.length}}function stringField(map,field){if(!(0,import_yaml.isMap)(map))return"";let value=map.get(field,!0);if(value==null)return"";if(!(0,import_yaml.isScalar)(value))throw new ConfigError(`${field} must be a string`,value);return value.value===null?"":String(value.value)}function checkFields(map,allowed,where){if(!(0,import_yaml.isMap)(map))throw new ConfigError(`${where} must be a mapping`,map);for(let pair of map.items){let key=(0,import_yaml.isScalar)(pair.key)?String(pair.key.value):void 0;if(key===void 0||!allowed.has(key))throw new ConfigError(`${key===void 0?"a key":`"${key}"`} is not a field of ${where} (the adapter reads its configuration strictly)`,pair.key??map)}}function expandName(matches,as,series){let matcher=matches.matcher(series);if(!matcher.find())return;let named=matches.namedGroups(),groupCount=matches.groupCount();return expandTemplate(as,reference=>{let index=typeof reference=="number"?reference:named[reference];return index!==void 0&&index<=groupCount?matcher.group(index)??"":""})}function expandTemplate(template,group2){let result="",rest=template;for(;;){let dollar=rest.indexOf("$");if(dollar===-1)return result+rest;if(result+=rest.slice(0,dollar),rest=rest.slice(dollar+1),rest.startsWith("$")){result+="$",rest=rest.slice(1);continue}let reference=/^(?:\{([\p{L}\p{N}_]+)\}|([\p{L}\p{N}_]+))/u.exec(rest);if(!reference){result+="$";continue}rest=rest.slice(reference[0].length);let name=reference[1]??reference[2]??"",number=/^(?:0|[1-9]\d{0,7})$/.test(name)?Number(name):void 0;result+=group2(number??name)}}function templateShape(template){let shape=expandTemplate(template,()=>"\0");if(!shape.includes("\0"))return{kind:"names",names:[shape]};let parts=shape.split("\0");if(parts.every(part=>part===""))return{kind:"any"};let source=parts.map(part=>part.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")).join(".*");return{kind:"pattern",pattern:new RegExp(`^${source}$`,"s"),template}}var METRIC_NAME=/^[a-zA-Z_:][a-zA-Z0-9_:]*/;function literalSeriesName(query){let rest=query.trim(),name=METRIC_NAME.exec(rest)?.[0];if(rest=rest.slice(name?.length??0).trim(),rest==="")return name;if(!rest.startsWith("{")||!rest.endsWith("}"))return;let body=rest.slice(1,-1),matcher=/^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)\s*(?:,|$)/;for(;body.trim()!=="";){let match=matcher.exec(body);if(!match)return;body=body.slice(match[0].length);let[,label,operator,quoted=""]=match;if(label!=="__name__")continue;if(operator!=="=")return;let value=unquote(quoted);if(value===void 0||name!==void 0&&name!==value)return;name=value}return name}function unquote(quoted){if(quoted.startsWith("`"))return quoted.slice(1,-1);let inner=quoted.slice(1,-1);if(!/\\[^\\"']/.test(inner))return inner.replace(/\\(.)/g,"$1")}function compileOrThrow(pattern,what,node){try{return compileGo(pattern)}catch(error){throw error instanceof Error&&error.name==="RE2JSSyntaxException"?new ConfigError(`${what} "${pattern}" is not a valid regular expression`,node):error}}function readRule(list,index,rule){if(checkFields(rule,RULE_FIELDS,`a rule of ${list}`),!(0,import_yaml.isMap)(rule))throw new ConfigError(`a rule of ${list} must be a mapping`,rule);let nameNode=rule.get("name",!0);nameNode!=null&&checkFields(nameNode,NAME_FIELDS,"name");let resources=rule.get("resources",!0);resources!=null&&checkFields(resources,RESOURCE_FIELDS,"resources");let matchesText=stringField(nameNode,"matches"),matchesNode=(0,import_yaml.isMap)(nameNode)?nameNode.get("matches",!0):void 0,matches=compileOrThrow(matchesText===""?".*":matchesText,"name.matches",matchesNode),as=stringField(nameNode,"as");if(as===""){let groups=matches.groupCount();if(groups>1)throw new ConfigError(`name.matches "${matchesText}" has ${groups} capture groups and no name.as to say which is the name`,matchesNode??rule);as=groups===1?"$1":"$0"}let filters=[],filterNodes=rule.get("seriesFilters",!0);if(filterNodes!=null){if(!(0,import_yaml.isSeq)(filterNodes))throw new ConfigError("seriesFilters must be a list",filterNodes);for(let filter of filterNodes.items){checkFields(filter,FILTER_FIELDS,"a series filter");let is=stringField(filter,"is"),isNot=stringField(filter,"isNot");if(is===""==(isNot===""))throw new ConfigError("a series filter needs exactly one of is and isNot",filter);filters.push({regex:compileOrThrow(is||isNot,"the series filter",filter),keep:is!==""})}}let series=literalSeriesName(stringField(rule,"seriesQuery"));if(series===void 0)return{list,index,served:templateShape(as)};let name=filters.every(filter=>filter.regex.matcher(series).find()===filter.keep)&&matches.matcher(series).find()?expandName(matches,as,series):void 0;return{list,index,served:{kind:"names",names:name===void 0?[]:[name]}}}function readAdapterConfigText(text){let document=(0,import_yaml.parseDocument)(text,{uniqueKeys:!0,prettyErrors:!1}),syntax=document.errors[0];if(syntax){let[from,to]=syntax.pos;return{rules:[],problem:{message:`it is not valid YAML (${firstLine(syntax.message)})`,from,to}}}let rules2=[];try{let root=document.contents;if(root===null||(0,import_yaml.isScalar)(root)&&root.value===null)return{rules:rules2,problem:void 0};let top=root.toJSON(),helm=asObject(asObject(top)?.rules);if(helm&&Object.keys(helm).some(key=>HELM_RULES_KEYS.has(key)))throw new ConfigError("rules holds the prometheus-adapter Helm chart's values (rules.custom, rules.external), not the adapter's configuration: in the --config format rules, externalRules and resourceRules are lists at the top",(0,import_yaml.isMap)(root)?root.get("rules",!0):root);if(checkFields(root,TOP_FIELDS,"the adapter configuration"),!(0,import_yaml.isMap)(root))return{rules:rules2,problem:void 0};for(let list of["rules","externalRules"]){let entries=root.get(list,!0);if(!(entries==null||(0,import_yaml.isScalar)(entries)&&entries.value===null)){if(!(0,import_yaml.isSeq)(entries))throw new ConfigError(`${list} must be a list of rules`,entries);entries.items.forEach((entry,index)=>{rules2.push(readRule(list,index,entry))})}}}catch(error){if(error instanceof ConfigError)return{rules:[],problem:{message:error.message,...rangeOf(error.node,text)}};throw error}return{rules:rules2,problem:void 0}}function firstLine(message){return(message.split(`
`)[0]??message).replace(/ at line \d+, column \d+:?$/,"")}function looksLikeConfig(text){let document=(0,import_yaml.parseDocument)(text,{prettyErrors:!1});if(document.errors.length>0)return!1;let root=asObject(document.toJSON());return root!==void 0&&Object.keys(root).some(key=>TOP_FIELDS.has(key))}function mountedConfigs(set,configMaps){let result=new Map,namespaces=new Set(configMaps.map(configMap=>configMap.namespace));for(let workload of[...namespaces].flatMap(namespace=>set.workloadsIn(namespace))){let volumes=asArray(workload.podSpec?.volumes).map(asObject);for(let{container}of workload.containers){let image=typeof container.image=="string"?container.image:"";if(!/prometheus-adapter/.test(image))continue;let flags=[...asArray(container.command),...asArray(container.args)].map(String),configPath=configFlag(flags);if(configPath!==void 0)for(let mount of asArray(container.volumeMounts).map(asObject)){let mountPath=typeof mount?.mountPath=="string"?mount.mountPath.replace(/\/+$/,""):"";if(mountPath===""||!configPath.startsWith(`${mountPath}/`))continue;let relative=configPath.slice(mountPath.length+1),volume=volumes.find(entry=>entry?.name===mount?.name),configMap=asObject(volume?.configMap);if(typeof configMap?.name!="string")continue;let item=asArray(configMap.items).map(asObject).find(entry=>entry?.path===relative),key=typeof item?.key=="string"?item.key:relative,id=`${workload.manifest.namespace}\0${configMap.name}`,keys=result.get(id)??new Set;keys.add(key),result.set(id,keys)}}}return result}function configFlag(flags){for(let index=0;index<flags.length;index++){let flag=flags[index]??"",inline=/^--?config=(.+)$/.exec(flag);if(inline)return inline[1];if((flag==="--config"||flag==="-config")&&flags[index+1]!==void 0)return flags[index+1]}}function readAdapterConfigs(set,dataKeys){let configMaps=set.byKind(CONFIG_MAP_KIND),mounted=mountedConfigs(set,configMaps),configs=[];for(let manifest of configMaps){let data=asObject(manifest.get(["data"]))??{},mountedKeys=mounted.get(`${manifest.namespace}\0${manifest.name}`);for(let[key,value]of Object.entries(data)){if(typeof value!="string")continue;let isMounted=mountedKeys?.has(key)??!1;if(!isMounted&&!(dataKeys.includes(key)&&looksLikeConfig(value)))continue;let{rules:rules2,problem}=readAdapterConfigText(value);configs.push({manifest,key,mounted:isMounted,problem,rules:rules2})}}return configs}function mayServe(rule,name){switch(rule.served.kind){case"names":return rule.served.names.includes(name);case"pattern":return rule.served.pattern.test(name)?"maybe":!1;case"any":return"maybe"}}var SOURCES={Pods:{list:"rules",field:"pods",api:"a custom",reason:"FailedGetPodsMetric"},Object:{list:"rules",field:"object",api:"a custom",reason:"FailedGetObjectMetric"},External:{list:"externalRules",field:"external",api:"an external",reason:"FailedGetExternalMetric"}};function madeByKeda(hpa,set){return asArray(hpa.get(["metadata","ownerReferences"])).some(owner=>asObject(owner)?.kind===SCALED_OBJECT_KIND)?!0:set.byKindIn(SCALED_OBJECT_KIND,hpa.namespace).some(scaledObject=>{let name=scaledObject.get(["spec","advanced","horizontalPodAutoscalerConfig","name"]);return(typeof name=="string"&&name!==""?name:`keda-hpa-${scaledObject.name}`)===hpa.name})}function describeConfig(config){let{manifest}=config;return`ConfigMap ${manifest.namespace?`${manifest.namespace}/`:""}${manifest.name} (${config.key})`}function metricNameField(hpa,metric,field){let base=[...metric.path,field];return hpa.get([...base,"metric","name"])!==void 0?[...base,"metric","name"]:[...base,"metricName"]}var hpa_metric_unserved_default={id:"hpa-metric-unserved",meta:{description:"Require every Pods, Object and External metric of an HPA to be served by a rule of the set's prometheus-adapter configuration",severity:"warning",category:"autoscaling",kinds:[HPA_KIND,CONFIG_MAP_KIND],scope:"set",messages:{unserved:'HorizontalPodAutoscaler "{{name}}" scales on the {{type}} metric "{{metric}}", but no rule of the prometheus-adapter configuration ({{configs}}) serves {{api}} metric of that name{{closest}}: the HPA reports {{reason}} and {{consequence}}. {{instead}}',configInvalid:"The prometheus-adapter configuration in {{config}} does not load: {{problem}}. The adapter exits at start-up, so the custom and external metrics APIs serve nothing, and no value reaches {{hpas}} for {{metrics}} (FailedGet\u2026Metric: they do not scale on it). Fix the configuration."},rationale:"An HPA's `Pods` and `Object` metrics are read from the custom metrics API (`custom.metrics.k8s.io`) and its `External` metrics from the external metrics API; prometheus-adapter serves both from its `--config` file: each rule of `rules` (custom) or `externalRules` (external) selects Prometheus series with `seriesQuery`, keeps those `seriesFilters` and `name.matches` match, and names each `name.as` (Go's regexp expansion on the `matches` match; without `as`, the one capture group or the whole series name). The API server accepts any metric name in an HPA, so a name no rule produces \u2014 a typo, the raw series name where the rule renames it, an External metric whose rule is in `rules` \u2014 applies cleanly and then the HPA gets no value: with no other metric the workload never scales; with other metrics it still scales up on those but never scales down while one metric fails. When the set holds a prometheus-adapter configuration \u2014 a ConfigMap entry that a prometheus-adapter container of the set reads with `--config`, or an entry under `dataKeys` (default `config.yaml`) holding a mapping with `rules`, `externalRules` or `resourceRules`, as the Helm chart (`rules.existing`), kube-prometheus and `scaleplan compile` write it \u2014 each such metric must be served by one of its rules. The series name comes from the `seriesQuery` metric name or a `__name__=\"\u2026\"` matcher; when it is a regex, the name cannot be known without Prometheus, and a rule whose `as` uses captures is taken to serve any name of its shape (silent). A configuration that the adapter refuses \u2014 YAML that does not parse, a field its strict reader does not know, the Helm chart's `rules.custom` values pasted in, a `matches` that does not compile or has several captures and no `as` \u2014 is reported on the ConfigMap: the adapter exits and serves nothing. Silent when the set has no adapter configuration (the adapter may be configured elsewhere), for HPAs that KEDA makes for a ScaledObject of the set (KEDA's metrics server serves those), and for metrics of an HPA while the configuration does not load (that finding says it). What it does not check: that the series exist in Prometheus (for instance `DCGM_FI_DEV_FB_TOTAL`, which dcgm-exporter's default counters do not include: the exporter's counter list is outside the set), that the rule's `resources` map the pod or described object the HPA asks about, and which of KEDA and prometheus-adapter owns the external metrics API when a cluster runs both.",remediation:"Use the name the adapter serves (its `name.as`), or add a rule that serves the metric to `rules` (Pods and Object metrics) or `externalRules` (External metrics). Check with `kubectl get --raw /apis/custom.metrics.k8s.io/v1beta1` (or `external.metrics.k8s.io`) which names the adapter lists.",defaultOptions:{dataKeys:[...DEFAULT_ADAPTER_DATA_KEYS]},optionsSchema:{type:"object",properties:{dataKeys:{type:"array",items:{type:"string",minLength:1},description:"ConfigMap data keys read as a prometheus-adapter configuration when their content has `rules`, `externalRules` or `resourceRules` (entries a prometheus-adapter container of the set mounts as `--config` are read whatever their key)."}},additionalProperties:!1},examples:{incorrect:`apiVersion: v1
kind: ConfigMap
metadata:
  name: prometheus-adapter
  namespace: monitoring
data:
  config.yaml: |
    rules:
      - seriesQuery: 'http_requests_total{namespace!="",pod!=""}'
        resources:
          overrides:
            namespace: {resource: namespace}
            pod: {resource: pod}
        name:
          matches: ^(.*)_total$
          as: \${1}_per_second
        metricsQuery: sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Pods
      pods:
        metric: {name: http_requests_total}
        target: {type: AverageValue, averageValue: "10"}
`,correct:`apiVersion: v1
kind: ConfigMap
metadata:
  name: prometheus-adapter
  namespace: monitoring
data:
  config.yaml: |
    rules:
      - seriesQuery: 'http_requests_total{namespace!="",pod!=""}'
        resources:
          overrides:
            namespace: {resource: namespace}
            pod: {resource: pod}
        name:
          matches: ^(.*)_total$
          as: \${1}_per_second
        metricsQuery: sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Pods
      pods:
        metric: {name: http_requests_per_second}
        target: {type: AverageValue, averageValue: "10"}
`},peers:"No peer linter reads prometheus-adapter configurations or checks that an HPA metric is served; kube-linter, kube-score, Polaris and the Kyverno policies accept any metric name."},async prepare(manifests){manifests.some(manifest=>manifest.kind===CONFIG_MAP_KIND)&&manifests.some(manifest=>manifest.kind===HPA_KIND)&&await loadAdapterRegex()},create(context){let configs,configsOf=options=>(configs??=readAdapterConfigs(context.set,options.dataKeys),configs),adapterMetrics=hpa=>hpa.apiVersion==="autoscaling/v1"||madeByKeda(hpa,context.set)?[]:readHpaMetrics(hpa).flatMap(metric=>{let source=SOURCES[metric.type];return source&&metric.name!==void 0&&metric.name!==""?[{metric,name:metric.name,source}]:[]}),users,usersOf=()=>users??=context.set.byKind(HPA_KIND).map(hpa=>({hpa,metrics:adapterMetrics(hpa)})).filter(entry=>entry.metrics.length>0),relatedOf=config=>({manifest:config.manifest,path:["data",config.key],message:`The prometheus-adapter configuration in ${describeConfig(config)}.`});return{[CONFIG_MAP_KIND](configMap,options){let users2=usersOf();if(users2.length!==0)for(let config of configsOf(options)){if(config.manifest!==configMap||!config.problem)continue;let path2=["data",config.key],scalar=configMap.locate(path2,"value"),value=configMap.get(path2),range=scalar&&!scalar.approximate?locateInScalar(scalar,value,config.problem.from,config.problem.to):void 0,names2=[...new Set(users2.flatMap(entry=>entry.metrics.map(m=>m.name)))];context.report({manifest:configMap,path:path2,messageId:"configInvalid",data:{config:describeConfig(config),problem:config.problem.message,metrics:`${names2.length===1?"the metric":"the metrics"} ${quotedList(names2)}`,hpas:`${users2.length===1?"HorizontalPodAutoscaler":"HorizontalPodAutoscalers"} ${quotedList(users2.map(entry=>entry.hpa.name))}`},related:users2.map(({hpa})=>({manifest:hpa,path:["spec","metrics"],target:"key",message:`HorizontalPodAutoscaler "${hpa.name}" scales on metrics of the adapter.`})),...range?{range}:{}})}},[HPA_KIND](hpa,options){let all=configsOf(options);if(all.length===0||all.some(config=>config.problem))return;let metrics=adapterMetrics(hpa),total=readHpaMetrics(hpa).length;for(let{metric,name,source}of metrics){let rules2=all.flatMap(config=>config.rules.map(rule=>({config,rule}))),listed=rules2.filter(({rule})=>rule.list===source.list);if(listed.some(({rule})=>mayServe(rule,name)!==!1))continue;let served=[...new Set(listed.flatMap(({rule})=>rule.served.kind==="names"?rule.served.names:[]))],closest=closestMatch(name,served,{maxDistance:1/0}),otherList=source.list==="rules"?"externalRules":"rules",inOther=rules2.find(({rule})=>rule.list===otherList&&mayServe(rule,name)===!0);context.report({manifest:hpa,path:metricNameField(hpa,metric,source.field),messageId:"unserved",data:{name:hpa.name,type:metric.type,metric:name,configs:wordList(all.map(describeConfig)),api:source.api,closest:closest?` (the closest it serves is "${closest}")`:listed.length===0?` (it has no ${source.list})`:"",reason:source.reason,consequence:total>1?"never scales down while it fails (it still scales up on its other metrics)":"never scales the workload",instead:inOther?`A rule of ${otherList} serves "${name}", but ${otherList==="rules"?"those are custom metrics, which External metrics do not read: move the rule to externalRules or use a Pods or Object metric":"those are external metrics, which Pods and Object metrics do not read: move the rule to rules or use an External metric"}.`:`Use the name a rule serves (its name.as), or add a rule to ${source.list} whose series or name.as gives "${name}".`},related:(inOther?[inOther.config]:all).map(relatedOf)})}}}}};var hpa_min_max_default={id:"hpa-min-max",meta:{description:"Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler",severity:"error",category:"autoscaling",kinds:[HPA_KIND],scope:"object",messages:{minAboveMax:'HorizontalPodAutoscaler "{{name}}" has minReplicas {{min}} above maxReplicas {{max}}; the API server rejects it and the workload never scales.',minEqualsMax:'HorizontalPodAutoscaler "{{name}}" has minReplicas equal to maxReplicas ({{max}}), so it can never scale; set a lower minReplicas or drop the HPA and set replicas.'},rationale:"An HPA whose minimum exceeds its maximum is rejected at admission (in Argo CD the sync fails); one whose bounds are equal is accepted but never changes the replica count, which usually hides a copy-paste mistake.",remediation:"Set spec.minReplicas below spec.maxReplicas.",autofix:"`--fix` does not swap `minReplicas` and `maxReplicas`, even where the swap looks unambiguous: which of the two numbers is the mistake (a typo in one, a capacity plan in the other, a copied value) is not in the manifest, and a swap silently changes the capacity the autoscaler may reach.",defaultOptions:{},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 5
  maxReplicas: 3
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 6
`},peers:"Polaris hpaMaxAvailability (maxReplicas > minReplicas) is the nearest check; it reports equal bounds as a failure where scaleplan reports info."},create(context){return{[HPA_KIND](manifest){let{minReplicas,maxReplicas}=readAutoscaler(manifest);if(maxReplicas===void 0)return;let data={name:manifest.name,min:minReplicas,max:maxReplicas};if(minReplicas>maxReplicas){let hasMin=manifest.get(["spec","minReplicas"])!==void 0;context.report({manifest,path:["spec",hasMin?"minReplicas":"maxReplicas"],messageId:"minAboveMax",data})}else minReplicas===maxReplicas&&context.report({manifest,path:["spec","maxReplicas"],messageId:"minEqualsMax",data,severity:"info"})}}}};var hpa_min_replicas_default={id:"hpa-min-replicas",meta:{description:"Require HorizontalPodAutoscalers to keep at least two replicas",severity:"warning",category:"autoscaling",kinds:[HPA_KIND],scope:"object",messages:{belowMinimum:'HorizontalPodAutoscaler "{{name}}" has minReplicas {{minReplicas}}, below {{minimum}}: in a quiet hour it scales the workload down to {{min}}, and then one node drain, crash or rollout {{consequence}}. Set minReplicas to at least {{minimum}}.',defaultMinimum:'HorizontalPodAutoscaler "{{name}}" does not set minReplicas, so it defaults to 1: in a quiet hour it scales the workload down to one pod, and then one node drain, crash or rollout leaves no ready pod. Set minReplicas to at least {{minimum}}.'},rationale:"An HPA scales down to minReplicas whenever the metric is low, which for most services is every night. With one pod left, every voluntary disruption (a node drain, a cluster-autoscaler scale-down, a rollout with maxUnavailable) and every crash is an outage until a new pod is ready, and a PodDisruptionBudget that protects the last pod blocks the drain instead. `minReplicas` defaults to 1 when it is not written. KEDA ScaledObjects are not checked: a `minReplicaCount` of 0 or 1 there is usually a deliberate scale-to-zero for queue workers.",remediation:'Set `spec.minReplicas` to 2 or more (3 to survive a zone outage). If the workload really may run as one pod, silence the rule for it with `scaleplan.dev/ignore: "hpa-min-replicas"`.',defaultOptions:{minimum:2},optionsSchema:{type:"object",properties:{minimum:{type:"integer",minimum:1,maximum:1e3,description:"Smallest acceptable minReplicas."}},additionalProperties:!1},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 1
  maxReplicas: 10
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`},peers:"kube-linter hpa-minimum-three-replicas (minimum 3), kube-score horizontalpodautoscaler-replicas (threshold MinReplicasHPA in its run configuration) and Polaris hpaMinAvailability (minimum 2) check the same; Polaris passes an HPA without minReplicas although it defaults to 1. The strict policy pack uses a minimum of 3 as kube-linter does."},create(context){return{[HPA_KIND](manifest,options){if(!asObject(manifest.get(["spec"])))return;let raw=manifest.get(["spec","minReplicas"]),written=raw!=null;if(written&&!(typeof raw=="number"&&Number.isInteger(raw)))return;let min=written?raw:1;min>=options.minimum||context.report({manifest,path:["spec","minReplicas"],messageId:written?"belowMinimum":"defaultMinimum",data:{name:manifest.name,minReplicas:min,min:`${min} pod${min===1?"":"s"}`,minimum:options.minimum,consequence:min<=1?"leaves no ready pod":`leaves ${min-1} pod${min===2?"":"s"} to carry all the traffic`},fix:`minReplicas: ${options.minimum}`})}}}};var UTILIZATION_RESOURCES=new Set(["cpu","memory"]),hpa_missing_requests_default={id:"hpa-missing-requests",meta:{description:"Require a request for the resource on every container an HPA measures by cpu or memory utilization",severity:"error",category:"requests",kinds:[HPA_KIND,SCALED_OBJECT_KIND],scope:"set",messages:{missing:'{{autoscaler}} "{{name}}" scales on {{resource}} utilization, but {{containers}} of {{kind}} "{{target}}" {{verb}} no {{resource}} request: utilization is usage divided by the request, so the HPA reports FailedGetResourceMetric and never scales on {{resource}}. Set resources.requests.{{resource}} on {{pronoun}}, or target an AverageValue instead of a Utilization.',unknownContainer:'{{autoscaler}} "{{name}}" scales on the {{resource}} utilization of container "{{container}}", but no running container of {{kind}} "{{target}}" has that name{{hint}}: the HPA reports FailedGetContainerResourceMetric and never scales on it. Name one of {{names}}.'},rationale:"An HPA `Resource` metric with a `Utilization` target divides the pods' usage by their requests: the controller sums the request of every container that runs for the pod's life, regular containers and native sidecars (init containers with `restartPolicy: Always`), and if any one of them has none the whole metric fails (`missing request for cpu in container proxy`), the HPA reports `FailedGetResourceMetric`, and it never scales on that metric (with several metrics it still scales up on the others but refuses to scale down). Ordinary init containers are not part of the sum. A `ContainerResource` metric needs the request only on the container it names. `AverageValue` and `Value` targets compare raw usage and need no request. A request is there when the container writes it, when it has a limit (which becomes the request), when a LimitRange in the namespace gives a default, or (from Kubernetes 1.34) when pod-level `spec.resources` set it. KEDA ScaledObjects: `cpu` and `memory` triggers become the same metrics of the HPA that KEDA creates (`metricType` defaults to Utilization, `metadata.containerName` makes it a ContainerResource metric), and KEDA's admission webhook, when installed, rejects the ScaledObject outright. autoscaling/v1 HPAs always scale on cpu utilization (80 % by default).",remediation:"Set `resources.requests.<resource>` on every listed container (sidecars included), or give the namespace a LimitRange with `defaultRequest`, or scale on a `ContainerResource` metric for the main container only, or use an `AverageValue` target (e.g. `averageValue: 500m`).",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {memory: 256Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
`},peers:"No peer linter connects an HPA to the requests of its target; kube-linter, kube-score and Polaris only check requests per container (see missing-requests)."},create(context){let visit=autoscaler=>{let ref=readTargetRef(autoscaler),target=ref&&context.set.resolveTarget(ref,autoscaler.namespace),workload=target&&context.set.workload(target);if(!workload)return;let running=workload.runningContainers;if(running.length===0||!running.every(hasReadableResources))return;let defaults=context.set.limitRangeDefaults(workload.namespace),podLevel=podLevelResources(workload,context.settings.kubeVersion),metrics=readAutoscalerResourceMetrics(autoscaler).filter(metric=>metric.name!==void 0&&UTILIZATION_RESOURCES.has(metric.name)&&metric.targetType==="Utilization"),common={autoscaler:autoscaler.kind,name:autoscaler.name,kind:workload.kind,target:workload.manifest.name},reportMissing=(path2,resource,lacking)=>{let names2=lacking.map(container=>container.name);context.report({manifest:autoscaler,path:path2,messageId:"missing",data:{...common,resource,containers:`${names2.length===1?"container":"containers"} ${quotedList(names2)}`,verb:names2.length===1?"has":"have",pronoun:names2.length===1?"it":"each of them"},related:lacking.map(container=>({manifest:workload.templateManifest,path:[...container.path,"resources","requests"],target:"key",message:`${container.kind==="sidecar"?"Sidecar container":"Container"} "${container.name}" has no ${resource} request.`})),fix:`resources: {requests: {${resource}: <${resource==="cpu"?"cores":"quantity"}>}}`})};for(let metric of metrics){let resource=metric.name??"",path2=metricNamePath(autoscaler,metric);if(metric.type==="ContainerResource"){if(metric.container===void 0)continue;let named=running.find(container=>container.name===metric.container);if(!named){let init=workload.containers.find(container=>container.name===metric.container);context.report({manifest:autoscaler,path:path2,messageId:"unknownContainer",data:{...common,resource,container:metric.container,hint:init?" (it is an init container, which the HPA does not measure)":"",names:quotedList(running.map(container=>container.name))},related:[{manifest:workload.templateManifest,path:init?.path??[...workload.podSpecPath,"containers"],message:init?`Init container "${init.name}" is defined here.`:`The containers of ${workload.kind} "${workload.manifest.name}".`}]});continue}if(effectiveRequest(workload,named,resource,defaults))continue;reportMissing(path2,resource,[named]);continue}if(podLevelQuantity(workload,podLevel,resource))continue;let lacking=running.filter(container=>!effectiveRequest(workload,container,resource,defaults));lacking.length>0&&reportMissing(path2,resource,lacking)}};return{[HPA_KIND]:visit,[SCALED_OBJECT_KIND]:visit}}};var hpa_replicas_pinned_default={id:"hpa-replicas-pinned",meta:{description:"Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales",severity:"warning",category:"autoscaling",kinds:[...SCALABLE_VISIT_KINDS],scope:"set",messages:{pinned:'{{kind}} "{{name}}" sets spec.replicas to {{replicas}} while {{autoscaler}} scales it; every GitOps sync or kubectl apply resets the live count to {{replicas}}, scaling it down under load. Remove spec.replicas and let the autoscaler own the count.'},rationale:"An autoscaler changes the replica count through the scale subresource, but the manifest in Git still says `replicas: N`. Every Argo CD or Flux sync, and every `kubectl apply`, writes N back: a workload the HPA had scaled to 12 pods for a traffic peak drops to N in one step, and the HPA needs several sync periods to scale it up again. kube-score checks this for Deployments only; StatefulSets and ReplicaSets behave the same way.",remediation:"Delete `spec.replicas` from the workload (set the starting size with the autoscaler's minReplicas). If a tool insists on the field, tell Argo CD to ignore it with `ignoreDifferences: [{group: apps, kind: Deployment, jsonPointers: [/spec/replicas]}]`.",autofix:"`--fix` deletes `spec.replicas` (its line and trailing comment) from the file it is written in: the manifest, or the Kustomize base or strategic-merge patch that sets it. It refuses when the count comes from a kustomization's `replicas:` or a JSON 6902 patch, or when `spec` would be left empty.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 10
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 10
`},peers:"kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured checks Deployments only and matches the HPA by kind and name; scaleplan also checks StatefulSets, ReplicaSets and KEDA ScaledObjects and matches the API group."},create(context){let visit=manifest=>{let replicas=context.set.workload(manifest)?.declaredReplicas;if(replicas===void 0)return;let autoscalers=context.set.autoscalersOf(manifest),first=autoscalers[0];first&&context.report({manifest,path:["spec","replicas"],target:"key",messageId:"pinned",data:{kind:manifest.kind,name:manifest.name,replicas,autoscaler:`${first.manifest.kind} "${first.manifest.name}"`},related:autoscalers.map(autoscaler=>({manifest:autoscaler.manifest,path:autoscaler.target?.path??["metadata","name"],target:"key",message:`${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales this workload.`})),fix:`Delete spec.replicas from ${manifest.kind} "${manifest.name}".`,autofix:fixer=>fixer.removeField(manifest,["spec","replicas"])})},visitors={};for(let kind of SCALABLE_VISIT_KINDS)visitors[kind]=visit;return visitors}};var EPSILON=1e-9,hpa_scale_down_too_fast_default={id:"hpa-scale-down-too-fast",meta:{description:"Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window",severity:"warning",category:"autoscaling",kinds:[HPA_KIND,SCALED_OBJECT_KIND],scope:"object",messages:{tooFast:"{{autoscaler}} can remove {{percent}}% ({{removed}} of its {{max}} replicas) within {{window}}s ({{policies}}, selectPolicy {{select}}) with only a {{stabilization}}s stabilization window; one quiet minute takes away most of the capacity and the next spike waits for new pods to start. Allow at most {{limit}}% per {{window}}s (e.g. a Pods policy of 1 per 60s) or raise stabilizationWindowSeconds to {{stabilizationMinimum}}."},rationale:`An HPA without \`behavior\` waits 5 minutes (the stabilization window) and may then remove every pod above minReplicas at once (100 % per 15 s). That default is tolerable because of the long window; the danger is a short window combined with permissive policies, where a minute of low traffic (a deploy, a dropped metric, a lunch break) scales a busy service from its peak to its floor, and the next burst lands on a handful of pods while new ones start.

The rule computes the fastest scale-down the cluster will run: the written \`behavior.scaleDown\` (or KEDA's \`advanced.horizontalPodAutoscalerConfig.behavior\`) with Kubernetes defaults for what is missing. The model follows the HPA controller: it starts at the autoscaler's maxReplicas (the worst case: peak load that suddenly drops) with the metric asking for minReplicas, and acts at every sync (every ${15} s) during the window. At each sync every policy limits the new count relative to the count at the start of its own period, in whole pods as the controller computes them: \`Pods\` subtracts its value, \`Percent\` multiplies by 1 \u2212 value/100 and truncates (Go's \`int32(start * (1 - value/100))\`), so 50 % of 5 replicas leaves 2 and removes 60 %, and Percent policies compound once per period (30 % per 30 s takes 10 replicas to 7, then to 4: 60 % in a minute). Pods policies remove their value once per period, measured against maxReplicas. \`selectPolicy: Max\` (the default) takes the policy allowing the biggest change at each step, \`Min\` the smallest, and \`Disabled\` never scales down. The arithmetic is the one module (src/k8s/hpa-controller.ts) that the RUNBOOK's timings and the scale simulation also use. It fires when more than \`maxFraction\` of the replicas can go within \`windowSeconds\` and the stabilization window is shorter than \`stabilizationSeconds\`; exactly half is allowed.`,remediation:"Add a scale-down policy that removes at most half the replicas per minute, such as `{type: Percent, value: 50, periodSeconds: 60}` or `{type: Pods, value: 1, periodSeconds: 60}` (with `selectPolicy: Min` when several policies should all hold), or keep the 300 s default stabilization window.",defaultOptions:{maxFraction:.5,windowSeconds:60,stabilizationSeconds:300},optionsSchema:{type:"object",properties:{maxFraction:{type:"number",minimum:0,maximum:1,description:"Largest share of the replicas that may be removed within windowSeconds."},windowSeconds:{type:"integer",minimum:15,maximum:3600,description:"Length of the window the removals are counted over, in seconds."},stabilizationSeconds:{type:"integer",minimum:0,maximum:3600,description:"A scale-down stabilization window at least this long makes fast policies acceptable."}},additionalProperties:!1},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 20
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 60
      policies:
        - {type: Percent, value: 100, periodSeconds: 15}
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 20
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 60
      policies:
        - {type: Percent, value: 50, periodSeconds: 60}
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior."},create(context){let visit=(manifest,options)=>{let rules2=effectiveScalingRules(manifest,"scaleDown");if(rules2.selectPolicy==="Disabled"||rules2.stabilizationWindowSeconds>=options.stabilizationSeconds||rules2.policies.length===0)return;let bounds=readAutoscaler(manifest);if(bounds.maxReplicas===void 0||bounds.maxReplicas<2)return;let floor=manifest.kind===SCALED_OBJECT_KIND?Math.max(1,bounds.minReplicas):bounds.minReplicas,run=fastestScaleDown(rules2,bounds.maxReplicas,floor,options.windowSeconds);if(run.fraction<=options.maxFraction+EPSILON)return;let scaleDownPath=[...behaviorPath(manifest),"scaleDown"];context.report({manifest,path:rules2.explicit.policies?[...scaleDownPath,"policies"]:[...scaleDownPath,"stabilizationWindowSeconds"],target:rules2.explicit.policies?"key":"value",messageId:"tooFast",data:{autoscaler:`${manifest.kind} "${manifest.name}"`,percent:formatPercent(run.fraction),removed:run.from-run.to,max:bounds.maxReplicas,window:options.windowSeconds,policies:describePolicies(rules2.policies,rules2.explicit.policies),select:rules2.selectPolicy,stabilization:rules2.stabilizationWindowSeconds,limit:formatPercent(options.maxFraction),stabilizationMinimum:options.stabilizationSeconds}})};return{[HPA_KIND]:visit,[SCALED_OBJECT_KIND]:visit}}};function describePolicies(policies,explicit){let described=policies.map(policy=>policy.type==="Percent"?`Percent ${policy.value}% per ${policy.periodSeconds}s`:`Pods ${policy.value} per ${policy.periodSeconds}s`).join(", ");return explicit?described:`the default policy ${described}`}function formatPercent(fraction){return String(Math.ceil(fraction*1e3-EPSILON)/10)}var hpa_scale_down_unstabilized_default={id:"hpa-scale-down-unstabilized",meta:{description:"Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects",severity:"warning",category:"autoscaling",kinds:[HPA_KIND,SCALED_OBJECT_KIND],scope:"object",messages:{unstabilized:"{{autoscaler}} sets scaleDown.stabilizationWindowSeconds to {{window}}, so it removes pods once the metric has been low for {{window}}s; below {{minimum}}s the replica count follows each dip of the metric and flaps, killing pods that must start cold minutes later. Raise it to at least {{minimum}} (Kubernetes defaults to 300)."},rationale:"The scale-down stabilization window makes the HPA use the highest recommendation of the last N seconds, so a short lull in traffic (or one noisy scrape) does not remove pods that the next minute needs again. With a window of a few seconds the replica count tracks the metric: pods are terminated, caches and connection pools are lost, and the scale-up that follows pays the pod start-up time again. Kubernetes defaults to 300 s when `behavior.scaleDown` is absent; this rule only fires on a window that is written down. For KEDA it reads `spec.advanced.horizontalPodAutoscalerConfig.behavior`, which KEDA copies into its HPA.",remediation:"Set `behavior.scaleDown.stabilizationWindowSeconds` to at least 60, or remove it to get the 300 s default. A workload that must release capacity quickly is better served by a scale-down policy (e.g. 50 % per minute) than by a short window.",autofix:"`--fix` raises `stabilizationWindowSeconds` to the larger of the `minimumSeconds` option and Kubernetes' default of 300 seconds, in place.",defaultOptions:{minimumSeconds:60},optionsSchema:{type:"object",properties:{minimumSeconds:{type:"integer",minimum:0,maximum:3600,description:"Smallest acceptable scale-down stabilization window, in seconds."}},additionalProperties:!1},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 0
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior."},create(context){let visit=(manifest,options)=>{let rules2=effectiveScalingRules(manifest,"scaleDown");if(rules2.selectPolicy==="Disabled"||!rules2.explicit.stabilization)return;let window=rules2.stabilizationWindowSeconds;window>=options.minimumSeconds||context.report({manifest,path:[...behaviorPath(manifest),"scaleDown","stabilizationWindowSeconds"],messageId:"unstabilized",data:{autoscaler:`${manifest.kind} "${manifest.name}"`,window,minimum:options.minimumSeconds},fix:`stabilizationWindowSeconds: ${Math.max(options.minimumSeconds,300)}`,autofix:fixer=>fixer.replaceValue(manifest,[...behaviorPath(manifest),"scaleDown","stabilizationWindowSeconds"],Math.max(options.minimumSeconds,300))})};return{[HPA_KIND]:visit,[SCALED_OBJECT_KIND]:visit}}};var MANAGED_BY={"app.kubernetes.io/managed-by":"prometheus-operator"},VERSION={"app.kubernetes.io/version":{kind:"any"}};function wholeNumber(manifest,field,fallback){let value=manifest.get(["spec",field]);return typeof value=="number"&&Number.isInteger(value)&&value>=0?value:fallback}function shardNames(base,shards){return Array.from({length:Math.max(1,shards)},(_,shard)=>shard===0?base:`${base}-shard-${shard}`)}function shardLabel(manifest){let shards=Math.max(1,wholeNumber(manifest,"shards",1));return{...VERSION,"operator.prometheus.io/shard":{kind:"set",values:Array.from({length:shards},(_,shard)=>String(shard))}}}function isAgentDaemonSet(manifest){return manifest.get(["spec","mode"])==="DaemonSet"}var MONITORING="monitoring.coreos.com",POD_MAKERS=[{group:MONITORING,kind:"Prometheus",operator:"prometheus-operator",controller:()=>"StatefulSet",podMetadataLabelsPath:["spec","podMetadata","labels"],labels:manifest=>({...MANAGED_BY,"app.kubernetes.io/name":"prometheus","app.kubernetes.io/instance":manifest.name,"operator.prometheus.io/name":manifest.name,prometheus:manifest.name}),addedLabels:shardLabel,statefulSetNames:manifest=>shardNames(`prometheus-${manifest.name}`,wholeNumber(manifest,"shards",1)),replicas:manifest=>wholeNumber(manifest,"replicas",1)*Math.max(1,wholeNumber(manifest,"shards",1)),hasReplicaCount:!0},{group:MONITORING,kind:"PrometheusAgent",operator:"prometheus-operator",controller:manifest=>isAgentDaemonSet(manifest)?"DaemonSet":"StatefulSet",podMetadataLabelsPath:["spec","podMetadata","labels"],labels:manifest=>({...MANAGED_BY,"app.kubernetes.io/name":"prometheus-agent","app.kubernetes.io/instance":manifest.name,"operator.prometheus.io/name":manifest.name}),addedLabels:manifest=>isAgentDaemonSet(manifest)?VERSION:shardLabel(manifest),statefulSetNames:manifest=>shardNames(`prom-agent-${manifest.name}`,wholeNumber(manifest,"shards",1)),replicas:manifest=>isAgentDaemonSet(manifest)?void 0:wholeNumber(manifest,"replicas",1)*Math.max(1,wholeNumber(manifest,"shards",1)),hasReplicaCount:!0},{group:MONITORING,kind:"Alertmanager",operator:"prometheus-operator",controller:()=>"StatefulSet",podMetadataLabelsPath:["spec","podMetadata","labels"],labels:manifest=>({...MANAGED_BY,"app.kubernetes.io/name":"alertmanager","app.kubernetes.io/instance":manifest.name,alertmanager:manifest.name}),addedLabels:()=>VERSION,statefulSetNames:manifest=>[`alertmanager-${manifest.name}`],replicas:manifest=>wholeNumber(manifest,"replicas",1),hasReplicaCount:!0},{group:MONITORING,kind:"ThanosRuler",operator:"prometheus-operator",controller:()=>"StatefulSet",podMetadataLabelsPath:["spec","podMetadata","labels"],labels:manifest=>({...MANAGED_BY,"app.kubernetes.io/name":"thanos-ruler","app.kubernetes.io/instance":manifest.name,"thanos-ruler":manifest.name}),addedLabels:()=>VERSION,statefulSetNames:manifest=>[`thanos-ruler-${manifest.name}`],replicas:manifest=>wholeNumber(manifest,"replicas",1),hasReplicaCount:!0},{group:"argoproj.io",kind:"Rollout",operator:"Argo Rollouts",controller:()=>"Rollout",templatePath:["spec","template"],labels:()=>({}),replicas:manifest=>numberAt(manifest,["spec","replicas"]),hasReplicaCount:!0},{group:"keda.sh",kind:"ScaledJob",operator:"KEDA",controller:()=>"ScaledJob",templatePath:["spec","jobTargetRef","template"],labels:manifest=>({"scaledjob.keda.sh/name":manifest.name}),replicas:manifest=>wholeNumber(manifest,"maxReplicaCount",100)*Math.max(1,numberAt(manifest,["spec","jobTargetRef","parallelism"])??1),hasReplicaCount:!1}];function numberAt(manifest,path2){let value=manifest.get(path2);return typeof value=="number"&&Number.isInteger(value)?value:void 0}var BY_KIND=new Map(POD_MAKERS.map(maker=>[maker.kind,maker])),POD_MAKER_KINDS=new Set(BY_KIND.keys());function podMakerFor(manifest){let maker=BY_KIND.get(manifest.kind);return maker&&maker.group===manifest.group?maker:void 0}function rolloutWorkloadRef(manifest){let ref=asObject(manifest.get(["spec","workloadRef"]));if(!(!ref||typeof ref.name!="string"||ref.name===""))return{kind:typeof ref.kind=="string"&&ref.kind!==""?ref.kind:"Deployment",name:ref.name,apiVersion:typeof ref.apiVersion=="string"?ref.apiVersion:void 0}}var OPERATOR_IMAGE=/(^|\/)prometheus-operator(:|@|$)/;function operatorObjects(manifests){let result=[];for(let manifest of manifests){if(manifest.kind!=="Deployment")continue;let containers=asArray(manifest.get(["spec","template","spec","containers"]));for(let entry of containers){let container=asObject(entry),imageName=(typeof container?.image=="string"?container.image:"").replace(/[:@].*$/,"");if(!OPERATOR_IMAGE.test(imageName))continue;let args=asArray(container?.args).filter(arg=>typeof arg=="string"),flag=kubeletServiceFlag(args)??"kube-system/kubelet",[namespace,name]=flag.split("/");if(namespace&&name)for(let kind of["Service","Endpoints"])result.push({kind,namespace,name,labels:{"k8s-app":"kubelet","app.kubernetes.io/name":"kubelet","app.kubernetes.io/managed-by":"prometheus-operator"},madeBy:`prometheus-operator (Deployment "${manifest.name}")`})}}return result}function kubeletServiceFlag(args){for(let[index,arg]of args.entries()){let match=/^--?kubelet-service(?:=(.*))?$/.exec(arg);if(match)return match[1]??args[index+1]}}var EXTERNAL_ASSUMPTIONS="Nothing is reported where the set cannot know: a reference into a namespace of which the set holds no object (Roles and RoleBindings that grant access into it do not count), to an object every cluster has (Service `default/kubernetes`, labelled `component: apiserver, provider: kubernetes`; Service `kube-system/kube-dns`, labelled `k8s-app: kube-dns`), to one an operator of the set creates (the kubelet Service and Endpoints of a prometheus-operator Deployment, named by its `--kubelet-service` flag, else `kube-system/kubelet`), or to what `references.assumeExternal` in `.scaleplan.yaml` declares: namespaces (`kube-system`) or objects as `Kind/namespace/name` (`Service/platform/metrics-server`, whose labels are unknown, so no selector of that kind in that namespace is reported). The namespace `gke-managed-system`, where GKE runs its managed components, counts as declared.",UNKNOWN={kind:"any"},CLUSTER_OBJECTS=[{kind:"Service",namespace:"default",name:"kubernetes",labels:{fixed:{component:"apiserver",provider:"kubernetes"},added:new Map},source:"every cluster (the API server)"},{kind:"Service",namespace:"kube-system",name:"kube-dns",labels:{fixed:{"k8s-app":"kube-dns"},added:new Map([["kubernetes.io/name",UNKNOWN],["kubernetes.io/cluster-service",UNKNOWN],["addonmanager.kubernetes.io/mode",UNKNOWN],["eks.amazonaws.com/component",UNKNOWN]])},source:"every cluster (cluster DNS)"}],PROVIDER_NAMESPACES=["gke-managed-system"],ACCESS_KINDS=new Set(["Role","RoleBinding"]),NAMESPACE_ENTRY=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,OBJECT_ENTRY=/^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([^/\s]+)$/,ASSUME_EXTERNAL_PATTERN=`${NAMESPACE_ENTRY.source}|${OBJECT_ENTRY.source}`,ExternalReferences=class{namespaces=new Set(PROVIDER_NAMESPACES);objects=new Map;contentNamespaces=new Set;constructor(manifests,settings={}){for(let manifest of manifests)manifest.namespace!==""&&!ACCESS_KINDS.has(manifest.kind)&&this.contentNamespaces.add(manifest.namespace);let declared=[];for(let entry of settings.assumeExternal??[]){let object=OBJECT_ENTRY.exec(entry);object?declared.push({kind:object[1]??"",namespace:object[2]??"",name:object[4]??"",labels:void 0,source:"references.assumeExternal"}):this.namespaces.add(entry)}let created=operatorObjects(manifests).map(object=>({kind:object.kind,namespace:object.namespace,name:object.name,labels:{fixed:object.labels,added:new Map},source:object.madeBy}));for(let object of[...CLUSTER_OBJECTS,...created,...declared]){let key=`${object.kind}\0${object.namespace}`,list=this.objects.get(key);list?list.push(object):this.objects.set(key,[object])}}isUnknownNamespace(namespace){return this.namespaces.has(namespace)||!this.contentNamespaces.has(namespace)}mayExist(kind,namespace,name){return this.isUnknownNamespace(namespace)||(this.objects.get(`${kind}\0${namespace}`)??[]).some(object=>object.name===name)}mayMatch(kind,namespace,selector){return selector.matchesNone?!1:namespace==="*"?this.namespaces.size>0?!0:[...this.objects.values()].some(objects=>objects.some(object=>object.kind===kind&&labelsMayMatch(object,selector))):this.isUnknownNamespace(namespace)?!0:(this.objects.get(`${kind}\0${namespace}`)??[]).some(object=>labelsMayMatch(object,selector))}mayMatchPods(namespace,selector){if(selector.matchesNone)return!1;if(namespace!=="*"&&this.isUnknownNamespace(namespace)||namespace==="*"&&this.namespaces.size>0)return!0;for(let[key,objects]of this.objects){let[kind="",objectNamespace=""]=key.split("\0");if((namespace==="*"||objectNamespace===namespace)&&!NON_POD_KINDS.has(kind)&&objects.length>0)return!0}return!1}},NON_POD_KINDS=new Set(["Service","Endpoints","EndpointSlice","ConfigMap","Secret","ServiceAccount","PodDisruptionBudget","HorizontalPodAutoscaler"]);function labelsMayMatch(object,selector){return object.labels===void 0||podLabelsMatch(selector,object.labels,()=>{})}var hpa_target_missing_default={id:"hpa-target-missing",meta:{description:"Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set",severity:"warning",category:"autoscaling",kinds:[HPA_KIND,SCALED_OBJECT_KIND],scope:"set",messages:{missing:'{{autoscaler}} scales {{kind}} "{{target}}", which is not in the set (namespace "{{namespace}}"); an autoscaler whose target does not exist reports FailedGetScale and scales nothing. Fix scaleTargetRef, or lint the workload together with its autoscaler.',wrongGroup:'{{autoscaler}} looks for {{kind}} "{{target}}" in API group "{{group}}", but the {{kind}} in the set has apiVersion {{actualApiVersion}}; the autoscaler cannot find its target and scales nothing. Set scaleTargetRef.apiVersion to {{actualApiVersion}}.'},rationale:"An HPA (or the HPA that KEDA creates for a ScaledObject) finds its target through the API group, kind, name and its own namespace in `scaleTargetRef`. A typo, a renamed Deployment, a target in another namespace or an outdated `extensions/v1beta1` group leaves the autoscaler with nothing to scale: it sits in `FailedGetScale` while the workload runs at whatever replica count it has. The API server accepts such an autoscaler without complaint. "+EXTERNAL_ASSUMPTIONS,remediation:"Point `scaleTargetRef` at the workload: apiVersion (e.g. `apps/v1`), kind and name exactly as the workload writes them, in the same namespace. If the workload comes from another source (a Helm release, another repository), lint both together.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: wbe}
  minReplicas: 2
  maxReplicas: 10
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`},peers:"kube-linter dangling-horizontalpodautoscaler matches the target by name only (any kind, any group); kube-score horizontalpodautoscaler-has-target matches apiVersion, kind, name and namespace, as scaleplan does. scaleplan also checks KEDA ScaledObjects and says when only the API group is wrong."},create(context){let visit=manifest=>{let ref=readTargetRef(manifest);if(!ref||context.set.resolveTarget(ref,manifest.namespace)||context.set.external.mayExist(ref.kind,manifest.namespace,ref.name))return;let autoscaler=`${manifest.kind} "${manifest.name}"`,sameName=context.set.find(ref.kind,manifest.namespace,ref.name)[0];if(sameName){context.report({manifest,path:[...ref.path,"apiVersion"],messageId:"wrongGroup",data:{autoscaler,kind:ref.kind,target:ref.name,group:groupOf(ref.apiVersion),actualApiVersion:sameName.apiVersion},related:[{manifest:sameName,path:["apiVersion"],message:`The ${ref.kind} is defined here.`}]});return}context.report({manifest,path:[...ref.path,"name"],messageId:"missing",data:{autoscaler,kind:ref.kind,target:ref.name,namespace:manifest.namespace}})};return{[HPA_KIND]:visit,[SCALED_OBJECT_KIND]:visit}}};var SERVED_RESOURCES=new Set(["cpu","memory"]),hpa_unsupported_resource_metric_default={id:"hpa-unsupported-resource-metric",meta:{description:"Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory",severity:"error",category:"quota",kinds:[HPA_KIND],scope:"object",messages:{unsupported:'HorizontalPodAutoscaler "{{name}}" scales on the {{resource}} {{type}} metric, but the resource metrics API (metrics-server) serves only cpu and memory: the HPA reports {{reason}} and {{consequence}}. {{instead}}'},rationale:"`Resource` and `ContainerResource` metrics are read from the resource metrics API (`metrics.k8s.io`), which metrics-server (and prometheus-adapter's resource rules) fill with cpu and memory usage only. The API server accepts any resource name there, so an HPA on `nvidia.com/gpu` or `ephemeral-storage` applies cleanly and then never gets a value: with no other metric the workload stays at its current size; with other metrics the HPA still scales up on those but refuses to scale down while one metric fails. GPU utilization comes from the NVIDIA DCGM exporter (`DCGM_FI_DEV_GPU_UTIL`, `DCGM_FI_DEV_FB_USED`) through Prometheus and prometheus-adapter as a `Pods` metric (or from KEDA's prometheus trigger).",remediation:'Replace the metric with a `Pods` metric served by prometheus-adapter, e.g. `{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "80"}}}` with an adapter rule that maps the DCGM exporter series to pods, or an `External` metric.',defaultOptions:{},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - type: Resource
      resource:
        name: nvidia.com/gpu
        target: {type: Utilization, averageUtilization: 80}
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - type: Pods
      pods:
        metric: {name: DCGM_FI_DEV_GPU_UTIL}
        target: {type: AverageValue, averageValue: "80"}
`},peers:"No peer linter checks which resources an HPA metric names; schema validation accepts any resource name."},create(context){return{[HPA_KIND](hpa){let metrics=readHpaMetrics(hpa);for(let metric of metrics){if(metric.type!=="Resource"&&metric.type!=="ContainerResource"||metric.name===void 0||SERVED_RESOURCES.has(metric.name))continue;let nvidia=metric.name.startsWith("nvidia.com/"),gpu=/gpu/i.test(metric.name),source=metric.type==="Resource"?"resource":"containerResource",utilization=hpa.get([...metric.path,source,"target","averageUtilization"]),target=typeof utilization=="number"&&Number.isInteger(utilization)&&utilization>0?utilization:80;context.report({manifest:hpa,path:metricNamePath(hpa,metric),messageId:"unsupported",data:{name:hpa.name,resource:metric.name,type:metric.type,reason:metric.type==="Resource"?"FailedGetResourceMetric":"FailedGetContainerResourceMetric",consequence:metrics.length>1?"never scales down while it fails (it still scales up on its other metrics)":"never scales the workload",instead:nvidia?"Scale on a Pods metric instead, such as DCGM_FI_DEV_GPU_UTIL from the NVIDIA DCGM exporter through prometheus-adapter.":gpu?"Scale on a Pods metric instead, from your GPU exporter's utilization series (for AMD, the device metrics exporter) through prometheus-adapter.":"Scale on a Pods or External metric from Prometheus (through prometheus-adapter or KEDA) instead."},fix:nvidia?`{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "${target}"}}}`:"{type: Pods, pods: {metric: {name: <prometheus-adapter metric>}, target: {type: AverageValue, averageValue: <value>}}}"})}}}}};var ACTING_VPA_MODES=new Set(["Initial","Auto","Recreate","InPlaceOrRecreate","InPlace"]),DEFAULT_CONTROLLED=new Set(["cpu","memory"]),NOTHING=new Set;function readVpaUpdateMode(vpa){let path2=["spec","updatePolicy","updateMode"],raw=vpa.get(path2);return raw==null?{mode:"Recreate",explicit:!1,path:path2}:typeof raw=="string"?{mode:raw,explicit:!0,path:path2}:void 0}var VpaContainerPolicies=class{named=new Map;fallback;constructor(vpa){let fallback={controlled:DEFAULT_CONTROLLED};for(let entry of asArray(vpa.get(["spec","resourcePolicy","containerPolicies"]))){let policy=asObject(entry),name=policy?.containerName;if(!policy||typeof name!="string"||name==="")continue;let resolved2={controlled:controlledBy(policy.mode,policy.controlledResources)};name==="*"?fallback=resolved2:this.named.has(name)||this.named.set(name,resolved2)}this.fallback=fallback}controlledIn(containerName){return(this.named.get(containerName)??this.fallback).controlled}controlsInPod(resource,containers){return containers?containers.some(name=>this.controlledIn(name).has(resource)):this.fallback.controlled.has(resource)&&[...this.named.values()].every(policy=>policy.controlled.has(resource))}};function controlledBy(mode,resources){return mode==="Off"?NOTHING:resources==null?DEFAULT_CONTROLLED:new Set(asArray(resources).filter(value=>typeof value=="string"))}var SHARED_RESOURCES=new Set(["cpu","memory"]),hpa_vpa_conflict_default={id:"hpa-vpa-conflict",meta:{description:"Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on",severity:"error",category:"autoscaling",kinds:[VPA_KIND],scope:"set",messages:{conflict:'VerticalPodAutoscaler "{{name}}" ({{mode}}) sets the {{resources}} requests of {{kind}} "{{target}}", which {{autoscaler}} scales on; each request the VPA changes moves the utilization the HPA reads, so the two fight (the HPA adds pods while the VPA resizes them). Set updateMode: "Off" for recommendations only, drop {{resources}} from controlledResources, or scale the HPA on a custom metric.'},rationale:"An HPA that scales on cpu or memory *utilization* divides usage by the pods' requests; a VPA in any mode but `Off` rewrites those requests (`Initial` when pods are created, which the HPA does all the time; `Auto`, `Recreate`, `InPlaceOrRecreate` and `InPlace` on running pods too). Both react to the same signal: under load the HPA adds pods while the VPA raises requests, so utilization drops and the HPA scales back in, and the cycle repeats. The Kubernetes and VPA documentation both say not to combine them on cpu or memory. The VPA mode defaults to `Recreate` when `updatePolicy` is absent, and `controlledResources` defaults to cpu and memory; a container policy with `mode: Off` leaves that container alone. A `Resource` metric conflicts when the VPA controls the resource in any container; a `ContainerResource` metric only when it controls the named container. KEDA `cpu`/`memory` triggers are Resource metrics of the HPA that KEDA creates. When the workload is not in the set, the rule still fires if the conflict holds whatever its containers are called.",remediation:'Run the VPA with `updatePolicy: {updateMode: "Off"}` and apply its recommendations by hand, or restrict it with `resourcePolicy.containerPolicies[].controlledResources` to the resource the HPA does not use (e.g. memory for a CPU-scaled workload), or scale the HPA on a request-rate or queue metric instead.',defaultOptions:{},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  updatePolicy:
    updateMode: Auto
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  updatePolicy:
    updateMode: Auto
  resourcePolicy:
    containerPolicies:
      - {containerName: "*", controlledResources: [memory]}
`},peers:"The Kyverno policy library has no HPA/VPA conflict check; kube-linter, kube-score and Polaris do not read VPAs."},create(context){return{[VPA_KIND](vpa){let mode=readVpaUpdateMode(vpa),ref=readTargetRef(vpa);if(!mode||!ACTING_VPA_MODES.has(mode.mode)||!ref)return;let autoscalers=context.set.autoscalersReferencing(ref,vpa.namespace);if(autoscalers.length===0)return;let target=context.set.resolveTarget(ref,vpa.namespace),names2=(target&&context.set.workload(target))?.containers.filter(container=>container.kind==="container").map(container=>container.name),containers=names2&&names2.length>0?names2:void 0,policies=new VpaContainerPolicies(vpa),conflicts=metric=>metric.name===void 0||!SHARED_RESOURCES.has(metric.name)?!1:metric.type==="ContainerResource"?metric.container!==void 0&&policies.controlledIn(metric.container).has(metric.name):policies.controlsInPod(metric.name,containers);for(let autoscaler of autoscalers){let conflicting=readAutoscalerResourceMetrics(autoscaler.manifest).filter(conflicts);if(conflicting.length===0)continue;let resources=[...new Set(conflicting.map(metric=>metric.name))].sort().join(" and "),label=`${autoscaler.manifest.kind} "${autoscaler.manifest.name}"`;context.report({manifest:vpa,path:mode.explicit?mode.path:ref.path,target:mode.explicit?"value":"key",messageId:"conflict",data:{name:vpa.name,mode:mode.explicit?`updateMode ${mode.mode}`:"updateMode Recreate, the default when none is set",resources,kind:ref.kind,target:ref.name,autoscaler:label},related:conflicting.map(metric=>({manifest:autoscaler.manifest,path:metric.path,message:`${label} scales on ${metric.name}${metric.container?` of container "${metric.container}"`:""} here.`})),fix:'updatePolicy: {updateMode: "Off"}'})}}}}};var SERVICE_KIND="Service";function serviceType(service){let type=service.get(["spec","type"]);return typeof type=="string"&&type!==""?type:"ClusterIP"}function readServicePorts(service){let result=[];return asArray(service.get(["spec","ports"])).forEach((entry,index)=>{let port=asObject(entry);port&&result.push({path:["spec","ports",index],name:typeof port.name=="string"&&port.name!==""?port.name:void 0,port:typeof port.port=="number"?port.port:void 0,targetPort:typeof port.targetPort=="number"||typeof port.targetPort=="string"&&port.targetPort!==""?port.targetPort:void 0,protocol:protocolOf(port.protocol)})}),result}function containerPorts(workload){let result=[];for(let container of workload.runningContainers)for(let entry of asArray(container.container.ports)){let port=asObject(entry);port&&result.push({container:container.name,name:typeof port.name=="string"&&port.name!==""?port.name:void 0,containerPort:typeof port.containerPort=="number"?port.containerPort:void 0,protocol:protocolOf(port.protocol)})}return result}function describeServicePort(port){let number=port.port===void 0?"":String(port.port);return port.name?`"${port.name}"${number?` (${number})`:""}`:number||"(no port)"}function protocolOf(value){return typeof value=="string"&&value!==""?value:"TCP"}var INGRESS_KIND="Ingress";function portFieldSet(value){return value!=null&&value!==0&&value!==""}function readBackends(ingress){let v1=ingress.apiVersion==="networking.k8s.io/v1",backends=[],empty=[],badPorts=[],add=(path2,route)=>{let backend=asObject(ingress.get(path2));if(!backend)return;if(v1&&backend.service===void 0&&backend.resource===void 0){empty.push({route,path:path2,legacyFields:backend.serviceName!==void 0||backend.servicePort!==void 0});return}if(v1){let service=asObject(backend.service),portInvalid=!1;if(service){let port2=service.port,portObject=asObject(port2),hasNumber=portFieldSet(portObject?.number),hasName=portFieldSet(portObject?.name);(port2==null||portObject)&&hasNumber===hasName&&(badPorts.push({route,service:typeof service.name=="string"&&service.name!==""?service.name:"(unnamed)",path:[...path2,"service",...portObject?["port"]:[]],problem:hasNumber?"both":"missing"}),portInvalid=!0)}let name2=getPath(backend,["service","name"]),number=getPath(backend,["service","port","number"]),portName=getPath(backend,["service","port","name"]);if(typeof name2!="string"||name2==="")return;backends.push({route,service:name2,servicePath:[...path2,"service","name"],port:portInvalid?void 0:typeof number=="number"?{kind:"number",value:number}:typeof portName=="string"&&portName!==""?{kind:"name",value:portName}:void 0,portPath:[...path2,"service","port",typeof number=="number"?"number":"name"]});return}let name=backend.serviceName,port=backend.servicePort;typeof name!="string"||name===""||backends.push({route,service:name,servicePath:[...path2,"serviceName"],port:typeof port=="number"?{kind:"number",value:port}:typeof port=="string"&&port!==""?/^\d+$/.test(port)?{kind:"number",value:Number(port)}:{kind:"name",value:port}:void 0,portPath:[...path2,"servicePort"]})};return add(["spec",v1?"defaultBackend":"backend"],"requests no rule matches (the default backend)"),asArray(ingress.get(["spec","rules"])).forEach((entry,ruleIndex)=>{let rule=asObject(entry),host=typeof rule?.host=="string"&&rule.host!==""?rule.host:"*";asArray(getPath(rule,["http","paths"])).forEach((pathEntry,pathIndex)=>{let path2=asObject(pathEntry)?.path;add(["spec","rules",ruleIndex,"http","paths",pathIndex,"backend"],`"${host}${typeof path2=="string"?path2:"/"}"`)})}),{services:backends,empty,badPorts}}var ingress_backend_missing_default={id:"ingress-backend-missing",meta:{description:"Require every service backend of an Ingress to name a Service in its namespace and a port that Service has",severity:"warning",category:"references",kinds:[INGRESS_KIND],scope:"set",messages:{emptyBackend:'Ingress "{{name}}" routes {{route}} to a backend with neither service nor resource; the API server rejects the Ingress. Name the Service: backend.service.name and backend.service.port.number (or port.name).',legacyBackend:'Ingress "{{name}}" routes {{route}} to a backend written with serviceName/servicePort, the fields of the removed v1beta1 API; in networking.k8s.io/v1 the backend then has no service, and the API server rejects the Ingress. Write service: {name: <service>, port: {number: <port>}} (or port.name) instead.',serviceMissing:'Ingress "{{name}}" routes {{route}} to Service "{{service}}", which is not in the set (namespace "{{namespace}}"){{suggestion}}; the Ingress controller has no endpoints for it and answers those requests with 503 (or 404). Fix the service name, or lint the Ingress together with its Service.',portRequired:'Ingress "{{name}}" routes {{route}} to Service "{{service}}" without a port: in networking.k8s.io/v1 a service backend needs port.number or port.name, and the API server rejects the Ingress. Add the Service port, e.g. port: {number: 80} or port: {name: http}.',portBoth:'Ingress "{{name}}" routes {{route}} to Service "{{service}}" with both port.number and port.name; the API server rejects a service backend that sets both. Keep one of them.',portMissing:`Ingress "{{name}}" routes {{route}} to port {{port}} of Service "{{service}}", but the Service has no such port (its ports are {{available}}); the Ingress controller has no endpoints for it and answers those requests with 503. Use one of the Service's ports{{hint}}.`},rationale:"An Ingress backend names a Service in the Ingress's own namespace and one of that Service's ports, by number (`service.port.number`, the Service's `port`, not its `targetPort`) or by name (`service.port.name`, the Service port's `name`). The API server does not check either: a typo, a Service renamed in a refactor or living in another namespace, or the container port used where the Service port belongs, is accepted and then answered with 503 by the controller for every request on that route. Both the rules and `spec.defaultBackend` are checked, as are the `serviceName`/`servicePort` backends of the removed `v1beta1` Ingress versions; resource backends are skipped, and so are the ports of `ExternalName` Services, which have no endpoints to match. A `v1` backend with neither `service` nor `resource` (typically the `v1beta1` fields `serviceName`/`servicePort` left in a `v1` Ingress) is reported as an error: the API server rejects the Ingress. So is a `v1` service backend without a port (no `port`, `port: {}`, or neither `number` nor `name` set) or with both `number` and `name`: the Kubernetes OpenAPI schema marks `port` optional, so schema-invalid, which checks that schema, accepts it, but the API server's Ingress validation requires exactly one of the two. This rule, which already owns the other backend shapes the schema cannot express, reports it. "+EXTERNAL_ASSUMPTIONS,remediation:"Point the backend at an existing Service of the same namespace, and at its `port` number or port `name` as the Service declares it. If the Service comes from elsewhere (a Helm release, another repository), lint both together.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 8080}}
`,correct:`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 80}}
`},peers:"kube-linter dangling-ingress checks the service name (in the Ingress's namespace) and port of networking.k8s.io/v1 Ingresses the same way; kube-score ingress-targets-service checks the service name and port of the rules of every Ingress version, but not the default backend."},create(context){return{[INGRESS_KIND](ingress){let{services,empty,badPorts}=readBackends(ingress);for(let backend of badPorts)context.report({manifest:ingress,path:backend.path,target:"key",messageId:backend.problem==="both"?"portBoth":"portRequired",data:{name:ingress.name,route:backend.route,service:backend.service},severity:"error"});for(let backend of empty)context.report({manifest:ingress,path:backend.path,target:"key",messageId:backend.legacyFields?"legacyBackend":"emptyBackend",data:{name:ingress.name,route:backend.route},severity:"error"});for(let backend of services){let base={name:ingress.name,route:backend.route,service:backend.service},service=context.set.get(SERVICE_KIND,ingress.namespace,backend.service);if(!service&&context.set.external.mayExist(SERVICE_KIND,ingress.namespace,backend.service))continue;if(!service){let closest=closestName(backend.service,context.set.byKindIn(SERVICE_KIND,ingress.namespace).map(candidate=>candidate.name));context.report({manifest:ingress,path:backend.servicePath,messageId:"serviceMissing",data:{...base,namespace:ingress.namespace,suggestion:closest?` (did you mean "${closest}"?)`:""}});continue}let wanted=backend.port;if(!wanted||serviceType(service)==="ExternalName")continue;let ports=readServicePorts(service);if(ports.some(port=>wanted.kind==="number"?port.port===wanted.value:port.name===wanted.value))continue;let byTarget=ports.find(port=>port.targetPort===wanted.value);context.report({manifest:ingress,path:backend.portPath,messageId:"portMissing",data:{...base,port:wanted.kind==="number"?String(wanted.value):`"${wanted.value}"`,available:ports.length>0?wordList(ports.map(describeServicePort)):"none",hint:byTarget?` (${wanted.kind==="number"?wanted.value:`"${wanted.value}"`} is the targetPort of Service port ${describeServicePort(byTarget)}; the Ingress needs the Service port, ${byTarget.port??byTarget.name})`:""},related:[{manifest:service,path:["spec","ports"],target:"key",message:`The ports of Service "${service.name}".`}]})}}}}};var missing_requests_default={id:"missing-requests",meta:{description:"Require every running container to request cpu and memory",severity:"warning",category:"requests",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{missing:'{{container}} of {{kind}} "{{name}}" has no {{resources}} request: the scheduler places its pods as if they needed no {{resources}}, so they pack onto busy nodes and are among the first evicted under node pressure{{autoscaled}}. Set {{fields}} (or give namespace "{{namespace}}" a LimitRange defaultRequest).'},rationale:"Requests are what the scheduler reserves, what the cluster autoscaler sizes nodes by, what an HPA divides usage by, and what decides a pod's QoS class. A container without them is scheduled as if it used nothing: nodes get over-packed, the pod is evicted early under pressure, and cpu/memory utilization autoscaling fails. The rule looks at what the cluster will run, not only at what is written: a limit without a request becomes the request (API defaulting), and a LimitRange of `type: Container` in the same namespace fills a missing request from its `defaultRequest`, else its `default`, else its `max`, else its `min`, as Kubernetes defaults them. Pod-level `spec.resources` (on by default from Kubernetes 1.34) cover every container. Containers counted: regular containers and native sidecars (init containers with `restartPolicy: Always`), which run for the pod's whole life. Ordinary init containers are not counted by default: their requests only matter for scheduling when one is larger than the running containers' sum (the pod reserves the larger of the two), and a missing one never changes what the running pod is given; set `includeInitContainers: true` to require them too. Workloads: Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob and bare Pods.",remediation:"Set `resources.requests.cpu` and `resources.requests.memory` on each container from its observed usage (e.g. the VPA recommendation or a p95 of `container_cpu_usage_seconds_total`), or give the namespace a LimitRange with `defaultRequest` for containers that do not set their own.",defaultOptions:{resources:["cpu","memory"],includeInitContainers:!1},optionsSchema:{type:"object",properties:{resources:{type:"array",items:{type:"string",minLength:1},uniqueItems:!0,description:"Resources every container must request."},includeInitContainers:{type:"boolean",description:"Also require requests on ordinary init containers (native sidecars are always checked)."}},additionalProperties:!1},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
`},peers:"kube-linter unset-cpu-requirements and unset-memory-requirements (the memory check looks at the limit, not the request), Polaris cpuRequestsMissing and memoryRequestsMissing (init containers excluded), kube-score container-resources (requests and limits; a limit alone is graded a warning) and Kyverno require-requests-limits (also requires a memory limit). None of them applies API defaulting or LimitRange defaults: a limit without a request, or a namespace LimitRange, satisfies scaleplan because the cluster then gives the container a request. See docs/peer-comparison.md."},create(context){let visit=(manifest,options)=>{let workload=context.set.workload(manifest);if(!workload?.ownsTemplate)return;let defaults=context.set.limitRangeDefaults(manifest.namespace),podLevel=podLevelResources(workload,context.settings.kubeVersion);for(let container of workload.containers){if(container.kind==="init"&&!options.includeInitContainers||!hasReadableResources(container))continue;let missing=options.resources.filter(resource=>!podLevelQuantity(workload,podLevel,resource)&&!effectiveRequest(workload,container,resource,defaults));missing.length!==0&&context.report({manifest,path:[...container.path,"resources","requests"],target:"key",messageId:"missing",data:{container:describeContainer(container),kind:manifest.kind,name:manifest.name,resources:wordList(missing,"or"),fields:wordList(missing.map(resource=>`resources.requests.${resource}`)),namespace:manifest.namespace,autoscaled:context.set.autoscalersOf(manifest).length>0?`, and its autoscaler cannot scale on ${wordList(missing,"or")} utilization`:""},fix:`resources: {requests: {${missing.map(resource=>`${resource}: <${resource==="cpu"?"cores":"quantity"}>`).join(", ")}}}`})}};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};var parse_error_default={id:"parse-error",meta:{description:"Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build",severity:"error",category:"set",kinds:[],scope:"object",messages:{syntax:"Invalid YAML: {{detail}}",notAnObject:"Not a Kubernetes object: {{detail}}",kustomizeBuild:"Kustomize cannot build this directory, so none of its objects was linted: {{detail}}"},rationale:"kubectl and Argo CD refuse the whole file when one document is not valid YAML, and a document with only apiVersion or only kind is neither applied nor recognised as something to skip. Duplicate keys are errors too: YAML parsers disagree on which value wins. A Kustomize directory that does not build (a remote base out of reach, a missing resource, an unknown field) is reported on its kustomization file, at the entry Kustomize names, and the other inputs are still linted.",remediation:"Fix the YAML at the reported position; give every Kubernetes document both apiVersion and kind.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: Service
metadata:
  name: web
  name: web-2
`,correct:`apiVersion: v1
kind: Service
metadata:
  name: web
`},peers:"kube-linter and kube-score stop at the first broken file; scaleplan reports each broken document and lints the rest."},create:()=>({})};var pdb_blocks_eviction_default={id:"pdb-blocks-eviction",meta:{description:"Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select",severity:"error",category:"disruption",kinds:[PDB_KIND],scope:"set",messages:{alwaysBlocks:'PodDisruptionBudget "{{name}}" sets {{field}} {{value}}, which allows no voluntary eviction at any replica count; node drains and cluster-autoscaler scale-down hang on its pods until someone deletes the budget. Use maxUnavailable: 1, or a minAvailable below the replica count.',blocksAtMinimum:'PodDisruptionBudget "{{name}}" allows no eviction when {{workloads}} at the minimum of {{podCount}} ({{counts}}): {{demand}} required of {{pods}}, so none may be evicted. Node drains and cluster-autoscaler scale-down then hang on these pods. Use maxUnavailable: 1, or {{advice}}.'},rationale:'A node drain (a node upgrade, a spot reclaim, the cluster autoscaler removing an idle node) evicts pods through the eviction API, which refuses an eviction when the PodDisruptionBudget has no disruption left. The disruption controller allows `healthy pods \u2212 minAvailable` disruptions (or `maxUnavailable`); percentages of both fields are scaled against the pod count and rounded up. So `maxUnavailable: 0`, `"0%"` and `minAvailable: "100%"` never allow an eviction, and `minAvailable: 2` allows none for a workload that runs 2 pods. The count that matters is the smallest one the workload runs at: HPA minReplicas (default 1), KEDA minReplicaCount (a workload scaled to zero is judged at 1 pod, the smallest count with pods to evict), else spec.replicas, else 1, summed over every workload the PDB selects. That is when traffic is low, which is exactly when the cluster autoscaler wants to drain nodes. kubectl drain then retries forever and the cluster autoscaler skips the node; upgrades stall.',remediation:"Prefer `maxUnavailable: 1` (it always allows one eviction and scales with the workload), or keep `minAvailable` below the minimum replica count (raise HPA minReplicas if the budget is right).",autofix:"`--fix` makes the smallest change that lets one pod be evicted at the minimum replica count: `maxUnavailable: 1`, changing the value of a `maxUnavailable` or replacing a `minAvailable` (key and value) in place.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:'kube-linter pdb-min-available and pdb-max-unavailable, Polaris pdbDisruptionsIsZero and pdbMinAvailableGreaterThanHPAMinReplicas, and the Kyverno pdb-minavailable / pdb-maxunavailable policies cover parts of this. Polaris compares minAvailable with HPA minReplicas using a strict ">", so it passes a budget that equals the minimum and blocks every drain; kube-linter only uses minReplicas when the workload sets replicas to 1 or not at all, and finds workloads by their selector rather than their pod labels.'},create(context){return{[PDB_KIND](pdb){let policy=readDisruptionPolicy(pdb);if(policy.field==="none"||policy.field==="invalid")return;let selected=context.set.pdbSelection(pdb),related=()=>selected.map(workload=>({manifest:workload.manifest,path:["metadata","name"],message:`Selects the pods of ${workload.kind} "${workload.manifest.name}".`}));if(blocksAtEveryScale(policy)){context.report({manifest:pdb,path:policy.path,messageId:"alwaysBlocks",data:{name:pdb.name,field:policy.field,value:describeIntOrPercent(policy.value)},related:related(),fix:"maxUnavailable: 1",autofix:fixer=>allowOneDisruption(fixer,pdb,policy.field)});return}if(selected.length===0||!selected.every(hasReplicaCount))return;let sum=selected.reduce((total,workload)=>total+minimumReplicas(context.set,workload),0),pods=Math.max(1,sum);if(allowedDisruptions(policy,pods)>0)return;let counts=selected.map(workload=>minimumCount(context.set,workload)),names2=selected.map(workload=>`${workload.kind} "${workload.manifest.name}"`);context.report({manifest:pdb,path:policy.path,messageId:"blocksAtMinimum",data:{name:pdb.name,workloads:names2.length===1?`${names2[0]} runs`:`${names2.join(" and ")} run`,podCount:`${pods} pod${pods===1?"":"s"}`,counts:counts.map(count=>count.source).join(" + ")+(sum===0?", judged at its first pod":""),demand:describeDemand(policy,pods),pods,advice:pods>1?`minAvailable: ${pods-1} at most`:"raise the minimum replica count to 2 or more"},related:[...related(),...counts.flatMap(count=>count.related?[count.related]:[])],fix:"maxUnavailable: 1",autofix:fixer=>allowOneDisruption(fixer,pdb,policy.field)})}}}};function allowOneDisruption(fixer,pdb,field){return field==="maxUnavailable"?fixer.replaceValue(pdb,["spec",field],1):fixer.replaceField(pdb,["spec",field],"maxUnavailable",1)}function hasReplicaCount(workload){return workload.hasReplicaCount}function minimumReplicas(set,workload){return workload.kind==="Pod"?1:set.minimumReplicas(workload)}function minimumCount(set,workload){let name=`${workload.kind} "${workload.manifest.name}"`,replicas=set.minimumReplicas(workload);if(workload.kind==="Pod")return{replicas:1,source:`${name} is one pod`};let autoscaler=set.autoscalersOf(workload.manifest).find(candidate=>candidate.minReplicas===replicas);if(autoscaler){let field=autoscaler.minReplicasPath.at(-1),written=autoscaler.manifest.get(autoscaler.minReplicasPath)!==void 0;return{replicas,source:`${name}: ${autoscaler.manifest.kind} "${autoscaler.manifest.name}" ${field} ${replicas}${written?"":" (default)"}`,related:{manifest:autoscaler.manifest,path:autoscaler.minReplicasPath,message:`${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales ${name} down to ${replicas}.`}}}return{replicas,source:workload.declaredReplicas===void 0?`${name}: spec.replicas unset, 1`:`${name}: spec.replicas ${replicas}`}}var KINDS=["Deployment","StatefulSet","Rollout"],pdb_missing_default={id:"pdb-missing",meta:{description:"Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout",severity:"warning",category:"disruption",kinds:[...KINDS],scope:"set",messages:{missing:'{{kind}} "{{name}}" runs up to {{max}} replicas ({{source}}) but no PodDisruptionBudget selects its pods; a node drain or cluster-autoscaler scale-down may evict all of them at once. Add a PodDisruptionBudget with maxUnavailable: 1 selecting {{labels}}.'},rationale:"Without a PodDisruptionBudget the eviction API lets a drain take every pod of a workload at the same time: a node pool upgrade or the cluster autoscaler consolidating nodes turns into an outage for a service that runs many replicas precisely to stay up. A workload that runs one replica and has no autoscaler is not checked: one pod cannot be protected without blocking every drain (see pdb-blocks-eviction). The count comes from the autoscalers' maxReplicas / maxReplicaCount (KEDA defaults to 100) or from spec.replicas.",remediation:"Add a `policy/v1` PodDisruptionBudget in the same namespace with `maxUnavailable: 1` and `selector.matchLabels` set to the pod template labels.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:"kube-score deployment-has-poddisruptionbudget / statefulset-has-poddisruptionbudget and Polaris missingPodDisruptionBudget check every Deployment, single-replica ones included; Polaris also counts a budget that shares any one label with the pod template. scaleplan uses the full selector and skips single-replica workloads without an autoscaler."},create(context){let visit=manifest=>{let workload=context.set.workload(manifest);if(!workload)return;let max=context.set.maximumReplicas(workload);if(max===void 0||max<2||context.set.pdbsSelecting(workload).length>0)return;let top=context.set.autoscalersOf(manifest).find(autoscaler=>autoscaler.maxReplicas===max),labels=Object.entries(workload.templateLabels);context.report({manifest,path:["metadata","name"],messageId:"missing",data:{kind:manifest.kind,name:manifest.name,max,source:top?`${top.manifest.kind} "${top.manifest.name}" ${top.maxReplicasPath.at(-1)} ${max}`:`spec.replicas ${max}`,labels:labels.length>0?`"${describeSelector({matchLabels:workload.templateLabels,matchExpressions:[],matchesNone:!1})}"`:"its pod template labels"}})};return Object.fromEntries(KINDS.map(kind=>[kind,visit]))}};var pdb_no_budget_default={id:"pdb-no-budget",meta:{description:"Require a PodDisruptionBudget to set minAvailable or maxUnavailable",severity:"warning",category:"disruption",kinds:[PDB_KIND],scope:"object",messages:{none:'PodDisruptionBudget "{{name}}" sets neither minAvailable nor maxUnavailable, so the disruption controller wants no pod to stay available and the eviction API allows every eviction: the budget protects nothing. Set maxUnavailable: 1 (or a minAvailable below the replica count).'},rationale:"A budget without minAvailable and maxUnavailable passes validation, but the disruption controller then computes a desired healthy count of 0 and allows as many disruptions as there are healthy pods: a drain may evict every selected pod at once, exactly what the budget was written to prevent. It usually comes from a Helm template whose values left both fields empty. The budget still counts as a budget for pdb-missing and pdb-overlap (it is a real object), so this rule says that it does nothing.",remediation:"Set `maxUnavailable: 1`, or a `minAvailable` below the workload's minimum replica count.",defaultOptions:{},examples:{incorrect:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:"kube-score poddisruptionbudget-has-policy fails the same budgets."},create(context){return{[PDB_KIND](manifest){if(readDisruptionPolicy(manifest).field!=="none")return;let spec=manifest.get(["spec"]);context.report({manifest,path:spec==null?["metadata","name"]:["spec"],target:"key",messageId:"none",data:{name:manifest.name}})}}}};function workloadElsewhere(set,selector,outside){for(let namespace of set.workloadNamespaces()){if(namespace===outside)continue;let[workload]=set.workloadsSelectedBy(namespace,selector);if(workload)return workload}}function elsewhereNote(workload,why){return workload?` (${workload.kind} "${workload.manifest.name}" in namespace "${workload.namespace}" does, ${why})`:""}function elsewhereRelated(workload){return workload?{related:[{manifest:workload.manifest,path:[...workload.templatePath,"metadata","labels"],target:"key",message:`These pod labels match, in namespace "${workload.namespace}".`}]}:{}}var pdb_no_match_default={id:"pdb-no-match",meta:{description:"Require the selector of a PodDisruptionBudget to match a pod template in its namespace",severity:"warning",category:"disruption",kinds:[PDB_KIND],scope:"set",messages:{noMatch:`PodDisruptionBudget "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; it protects nothing, so a drain may evict every pod it was meant to keep. Match the labels of the pod template (spec.template.metadata.labels), not the workload's own labels.`,noSelector:'PodDisruptionBudget "{{name}}" has no selector, so it selects no pods and protects nothing. Add spec.selector.matchLabels with the pod template labels of the workload it is for.',emptyV1beta1:'PodDisruptionBudget "{{name}}" is policy/v1beta1 with an empty selector, which selects no pods in that API version (in policy/v1 it would select every pod of the namespace); it protects nothing. Use policy/v1, or select the pod template labels.'},rationale:"A PodDisruptionBudget protects exactly the pods its label selector matches in its own namespace, by their labels (so the labels of the pod template, not the Deployment's own `metadata.labels`). A typo in a label, a selector copied from another app, or a budget in the wrong namespace is accepted by the API server and then does nothing: the drain it was written for evicts every pod at once. Selectors are evaluated as Kubernetes does, with `matchLabels` and the `In`, `NotIn`, `Exists` and `DoesNotExist` expressions. An absent selector selects nothing; an empty selector `{}` selects every pod of the namespace in `policy/v1` and nothing in `policy/v1beta1`. "+POD_LABEL_ASSUMPTIONS+" "+EXTERNAL_ASSUMPTIONS,remediation:"Copy the labels from the workload's `spec.template.metadata.labels` (usually the same as its `spec.selector.matchLabels`) into the budget's `spec.selector.matchLabels`, and create the budget in the workload's namespace. If the pods come from elsewhere (an operator, another repository), lint them together.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app.kubernetes.io/name: web}
`},peers:'None of kube-linter, kube-score, Polaris or the Kyverno policies report a budget that selects nothing; kube-score and Polaris only look from the workload side ("has a PodDisruptionBudget").'},create(context){return{[PDB_KIND](pdb){let parsed=readPdbSelector(pdb);if(!("selector"in parsed)||context.set.pdbSelection(pdb).length>0)return;let written=pdb.get(["spec","selector"]);if(written==null){context.report({manifest:pdb,path:["spec","selector"],messageId:"noSelector",data:{name:pdb.name}});return}if(parsed.selector.matchesNone){context.report({manifest:pdb,path:["spec","selector"],target:"key",messageId:"emptyV1beta1",data:{name:pdb.name}});return}if(context.set.podsMayBeOutside(pdb.namespace,parsed.selector))return;let elsewhere=workloadElsewhere(context.set,parsed.selector,pdb.namespace);context.report({manifest:pdb,path:["spec","selector"],target:"key",messageId:"noMatch",data:{name:pdb.name,selector:isEmptySelector(parsed.selector)?"every pod ({})":`"${describeSelector(parsed.selector)}"`,namespace:pdb.namespace,elsewhere:elsewhereNote(elsewhere,"but a budget only covers pods of its own namespace")},...elsewhereRelated(elsewhere)})}}}};var pdb_overlap_default={id:"pdb-overlap",meta:{description:"Disallow pods that more than one PodDisruptionBudget selects",severity:"error",category:"disruption",kinds:[PDB_KIND],scope:"set",messages:{overlap:'PodDisruptionBudget "{{name}}" selects the pods of {{workload}}{{more}}, which PodDisruptionBudget "{{first}}" already selects; the eviction API refuses to evict a pod covered by more than one budget, so node drains and cluster-autoscaler scale-down fail on these pods. Merge the budgets, or make their selectors disjoint.'},rationale:'The eviction API looks up every PodDisruptionBudget that selects the pod and, when there is more than one, refuses the eviction with "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support" (kubernetes/kubernetes#75957). kubectl drain retries forever, the cluster autoscaler cannot remove the node, and node upgrades stall, however permissive each budget is. Overlaps usually come from a broad budget (`app.kubernetes.io/part-of: shop`, or an empty selector, which selects the whole namespace in policy/v1) next to per-service budgets.',remediation:"Keep one budget per set of pods: delete the broad one, or narrow its selector (e.g. with a `NotIn` expression) so that no pod template matches two budgets.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, part-of: shop}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {part-of: shop}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, part-of: shop}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies detect pods covered by two budgets."},create(context){return{[PDB_KIND](pdb){let first,overlapping=[];for(let workload2 of context.set.pdbSelection(pdb)){let owner=context.set.pdbsSelecting(workload2)[0];owner&&owner!==pdb&&(first??=owner,owner===first&&overlapping.push(workload2))}let workload=overlapping[0];!first||!workload||context.report({manifest:pdb,path:["spec","selector"],target:"key",messageId:"overlap",data:{name:pdb.name,workload:`${workload.kind} "${workload.manifest.name}"`,more:overlapping.length>1?` (and ${overlapping.length-1} more workload${overlapping.length>2?"s":""})`:"",first:first.name},related:[{manifest:first,path:["spec","selector"],target:"key",message:`PodDisruptionBudget "${first.name}" selects the same pods.`},...overlapping.map(selected=>({manifest:selected.manifest,path:[...selected.templatePath,"metadata","labels"],target:"key",message:`The pods of ${selected.kind} "${selected.manifest.name}" match both budgets.`}))]})}}}};var pdb_percent_blocks_eviction_default={id:"pdb-percent-blocks-eviction",meta:{description:"Disallow a minAvailable percentage that allows no eviction at any realistic pod count",severity:"warning",category:"disruption",kinds:[PDB_KIND],scope:"set",messages:{blocksBelow:'PodDisruptionBudget "{{name}}" has minAvailable {{percent}}%, which rounds up to every pod below {{pods}} pods (ceil({{percent}}% \xD7 {{example}}) = {{example}}): with fewer pods no eviction is ever allowed, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1, or a minAvailable of at most {{suggested}}%.'},rationale:"The disruption controller rounds a minAvailable percentage up, so `minAvailable: 99%` demands every pod of any workload smaller than 100 pods, and `90%` every pod below 10: the budget allows zero disruptions and every drain of a node running one of its pods hangs. pdb-blocks-eviction judges a budget against the replica counts of the workloads it selects; this rule catches the percentages that block at every size below `minimumPods`, also when the workloads are elsewhere (a Helm chart's budget linted alone, a workload in another repository). When the set holds a workload with a known count for the budget, pdb-blocks-eviction reports it instead. With `minimumPods: N` a percentage P fires when ceil(P \xD7 n) = n for every n < N, that is when P > 100 \xD7 (1 \u2212 1/(N \u2212 1)).",remediation:"Prefer `maxUnavailable: 1` (or a percentage: maxUnavailable rounds up to at least one pod); otherwise lower minAvailable.",defaultOptions:{minimumPods:10},optionsSchema:{type:"object",properties:{minimumPods:{type:"integer",minimum:3,description:"Report a percentage that allows no eviction for every pod count below this one."}},additionalProperties:!1},examples:{incorrect:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 95%
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 50%
  selector:
    matchLabels: {app: web}
`},peers:"Kyverno require-reasonable-pdbs (other/require-reasonable-pdbs) rejects minAvailable percentages above a fixed threshold; scaleplan derives the threshold from the rounding and a pod count (option minimumPods), and leaves budgets with known workloads to pdb-blocks-eviction."},create(context){return{[PDB_KIND](manifest,options){let policy=readDisruptionPolicy(manifest);if(policy.field!=="minAvailable"||policy.value.kind!=="percent")return;let percent=policy.value.value;if(percent<=0||percent>=100)return;let blockedUpTo=0;for(;(blockedUpTo+1)*(100-percent)<100;)blockedUpTo+=1;if(blockedUpTo+1<options.minimumPods||context.set.pdbSelection(manifest).some(workload=>workload.kind!=="DaemonSet"&&workload.kind!=="Job"&&workload.kind!=="CronJob"))return;let example=Math.min(blockedUpTo,3);context.report({manifest,path:policy.path,target:"value",messageId:"blocksBelow",data:{name:manifest.name,percent,pods:blockedUpTo+1,example,suggested:Math.floor(100*(1-1/(options.minimumPods-1)))}})}}}};var SERVED_SINCE="1.27",pdb_unhealthy_eviction_policy_default={id:"pdb-unhealthy-eviction-policy",meta:{description:"Require PodDisruptionBudgets to set unhealthyPodEvictionPolicy where the target version serves it",severity:"info",category:"disruption",kinds:[PDB_KIND],scope:"object",messages:{unset:'PodDisruptionBudget "{{name}}" does not set unhealthyPodEvictionPolicy, so it defaults to IfHealthyBudget: a pod that is running but not ready (crash-looping, failing its readiness probe) can only be evicted while the budget is otherwise healthy, and one such pod can block a node drain. Set unhealthyPodEvictionPolicy: AlwaysAllow, as the Kubernetes documentation recommends, or IfHealthyBudget to keep the default on purpose.'},rationale:"With the default policy (IfHealthyBudget), the eviction API refuses to evict a running but unready pod when the budget has no healthy disruption to spare, so a crash-looping pod of a workload that is already short of ready pods blocks `kubectl drain`, a node pool upgrade and cluster-autoscaler scale-down until someone deletes it by hand. `AlwaysAllow` lets such pods go (they serve nothing) while still protecting the ready ones; the Kubernetes documentation recommends it for most workloads. The field is served from Kubernetes 1.27 (beta, on by default; GA in 1.31) in policy/v1: the rule is silent below that --kube-version and for policy/v1beta1 budgets. An explicit IfHealthyBudget is a decision and is not reported. Off in the recommended pack (an advisory for every budget, so too noisy to be on by default) and a warning in the strict pack.",remediation:"Add `unhealthyPodEvictionPolicy: AlwaysAllow` to the budget's spec.",defaultOptions:{},examples:{incorrect:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  unhealthyPodEvictionPolicy: AlwaysAllow
  selector:
    matchLabels: {app: web}
`},peers:"No peer fixture checks it (kube-linter, kube-score, Polaris and the copied Kyverno policies do not read the field)."},create(context){return{[PDB_KIND](manifest){if(manifest.apiVersion!=="policy/v1"||compareVersions(context.settings.kubeVersion,SERVED_SINCE)<0)return;let value=manifest.get(["spec","unhealthyPodEvictionPolicy"]);if(value!=null)return;let spec=manifest.get(["spec"]);context.report({manifest,path:spec==null?["metadata","name"]:["spec"],target:"key",messageId:"unset",data:{name:manifest.name}})}}}};var PRIORITY_CLASS_KIND2="PriorityClass";var SYSTEM_PRIORITY_PREFIX="system-",SYSTEM_PRIORITY_CLASSES=new Map([["system-cluster-critical",2e9],["system-node-critical",2000001e3]]);var priority_class_conflict_default={id:"priority-class-conflict",meta:{description:"Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name",severity:"error",category:"references",kinds:[PRIORITY_CLASS_KIND2],scope:"set",messages:{secondDefault:'PriorityClass "{{name}}" sets globalDefault, but "{{first}}" already does; only one class may be the default, and the Priority admission plugin rejects the second ("{{first}} is already marked as default"), so a sync applies one and fails on the other. Remove globalDefault from all but one class.',valueTooHigh:'PriorityClass "{{name}}" has value {{value}}, above {{limit}}, the highest a user-defined class may have (larger values are reserved for system-cluster-critical and system-node-critical); the API server rejects it. Use a value of at most {{limit}}.',reservedName:'PriorityClass "{{name}}" starts with the reserved "system-" prefix, which only the built-in system-cluster-critical ({{clusterCritical}}) and system-node-critical ({{nodeCritical}}) may use, with their own values and without globalDefault; the API server rejects it. Rename the class.'},rationale:"Kubernetes validates PriorityClasses strictly. A user-defined class may have a value of at most 1,000,000,000 (higher values belong to the built-in classes that protect system pods from preemption), its name may not start with `system-` unless it is exactly one of the two built-in classes with their value (pkg/apis/scheduling/validation), and at most one class in the cluster may set `globalDefault: true` (the Priority admission plugin refuses a second). Each of these fails the apply of the PriorityClass, and pods that name the missing class are then rejected in turn.",remediation:"Keep one class with `globalDefault: true`, keep values at or below 1000000000 (order your classes within that range), and name classes without the `system-` prefix.",defaultOptions:{},examples:{incorrect:`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: default-priority
value: 1000
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch
value: 100
globalDefault: true
`,correct:`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: default-priority
value: 1000
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch
value: 100
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies check PriorityClass objects themselves."},create(context){let firstDefault,defaultClass=()=>(firstDefault??=context.set.byKind(PRIORITY_CLASS_KIND2).find(candidate=>candidate.get(["globalDefault"])===!0)??null,firstDefault);return{[PRIORITY_CLASS_KIND2](manifest){let name=manifest.name,value=manifest.get(["value"]),globalDefault=manifest.get(["globalDefault"])===!0;name.startsWith(SYSTEM_PRIORITY_PREFIX)?SYSTEM_PRIORITY_CLASSES.get(name)===value&&!globalDefault||context.report({manifest,path:["metadata","name"],messageId:"reservedName",data:{name,clusterCritical:SYSTEM_PRIORITY_CLASSES.get("system-cluster-critical")??0,nodeCritical:SYSTEM_PRIORITY_CLASSES.get("system-node-critical")??0}}):typeof value=="number"&&value>1e9&&context.report({manifest,path:["value"],messageId:"valueTooHigh",data:{name,value,limit:1e9}});let first=globalDefault?defaultClass():null;first&&first!==manifest&&first.name!==name&&context.report({manifest,path:["globalDefault"],messageId:"secondDefault",data:{name,first:first.name},related:[{manifest:first,path:["globalDefault"],message:`PriorityClass "${first.name}" is the default already.`}]})}}}};var priority_class_missing_default={id:"priority-class-missing",meta:{description:"Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class",severity:"warning",category:"references",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{missing:'{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", which is not in the set{{suggestion}}; the Priority admission plugin rejects every pod that names a class the cluster does not have ("no PriorityClass with name {{priorityClass}} was found"), so the workload gets no pods. Define the PriorityClass, fix the name, or add it to the knownClasses option if the cluster defines it elsewhere.',reserved:'{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", but the only classes with the reserved "system-" prefix are system-cluster-critical and system-node-critical; no such class can exist, so every pod of the workload is rejected. Use one of those two or a class of your own without the prefix.'},rationale:"A pod's `priorityClassName` is resolved at admission: the Priority admission plugin looks the class up and rejects the pod when it does not exist. For a Deployment, StatefulSet, Job or CronJob the API server still accepts the workload, so the mistake shows up only as FailedCreate events on the ReplicaSet or Job while no pod ever starts, and a rollout of an existing workload stalls. Every cluster has the built-in `system-cluster-critical` and `system-node-critical` classes; any other name must be defined by a PriorityClass object, and the `system-` prefix is reserved for the built-in ones. Pod templates of every workload kind are checked (CronJob job templates and bare Pods included).",remediation:"Create the PriorityClass (cluster-scoped: `apiVersion: scheduling.k8s.io/v1`, `kind: PriorityClass`, a `value`), or correct `priorityClassName` to an existing class. If the class is managed outside this set (by the platform team, an operator), list it in the `knownClasses` option, or lint the set together with its definition.",defaultOptions:{knownClasses:[]},optionsSchema:{type:"object",properties:{knownClasses:{type:"array",items:{type:"string"},description:"PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them."}},additionalProperties:!1},examples:{incorrect:`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: business-critical
value: 100000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      priorityClassName: buisness-critical
      containers: [{name: app, image: checkout:1.0}]
`,correct:`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: business-critical
value: 100000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      priorityClassName: business-critical
      containers: [{name: app, image: checkout:1.0}]
`},peers:"kube-linter priority-class-name is a different check: it allows only a configured list of class names (by default the two system classes) and does not look for PriorityClass objects. kube-score, Polaris and the Kyverno policies have no check that the class exists."},create(context){let definedNames,visit=(manifest,options)=>{let workload=context.set.workload(manifest),priorityClass=workload?.podSpec?.priorityClassName;if(!workload?.ownsTemplate||typeof priorityClass!="string"||priorityClass===""||SYSTEM_PRIORITY_CLASSES.has(priorityClass)||options.knownClasses.includes(priorityClass)||context.set.get(PRIORITY_CLASS_KIND2,"",priorityClass))return;let path2=[...workload.podSpecPath,"priorityClassName"],data={kind:manifest.kind,name:manifest.name,priorityClass};if(priorityClass.startsWith(SYSTEM_PRIORITY_PREFIX)){context.report({manifest,path:path2,messageId:"reserved",data});return}definedNames??=context.set.byKind(PRIORITY_CLASS_KIND2).map(candidate=>candidate.name);let candidates=[...definedNames,...options.knownClasses],closest=closestName(priorityClass,candidates),defined=closest?context.set.get(PRIORITY_CLASS_KIND2,"",closest):void 0;context.report({manifest,path:path2,messageId:"missing",data:{...data,suggestion:closest?` (did you mean "${closest}"?)`:""},...defined?{related:[{manifest:defined,path:["metadata","name"],message:`PriorityClass "${closest}" is defined here.`}]}:{}})},visitors={};for(let kind of WORKLOAD_KINDS)visitors[kind]=visit;return visitors}};var SERVICE_MONITOR_KIND="ServiceMonitor",POD_MONITOR_KIND="PodMonitor",PROMETHEUS_RULE_KIND="PrometheusRule",MONITORING_GROUP="monitoring.coreos.com";function isMonitoringObject(manifest){return manifest.group===MONITORING_GROUP}function readMonitorNamespaces(monitor){let written=monitor.get(["spec","namespaceSelector"]);if(written==null)return{any:!1,names:[monitor.namespace]};let selector=asObject(written);if(!selector)return;if(selector.any===!0)return{any:!0};if(selector.matchNames!==void 0&&!Array.isArray(selector.matchNames))return;let names2=asArray(selector.matchNames).filter(name=>typeof name=="string"&&name!=="");return{any:!1,names:names2.length>0?names2:[monitor.namespace]}}function readMonitorSelector(monitor){let written=monitor.get(["spec","selector"]);return parseLabelSelector(written??{})}function describeMonitorNamespaces(namespaces){if(namespaces.any)return"any namespace";let quoted=namespaces.names.map(name=>`"${name}"`);return quoted.length===1?`namespace ${quoted[0]??""}`:`namespaces ${quoted.slice(0,-1).join(", ")} and ${quoted[quoted.length-1]??""}`}var REJECTED="prometheus-operator rejects the whole PrometheusRule (its admission webhook refuses it, and the operator leaves it out of the rule files it gives Prometheus) and none of its rules run",ALERT_ONLY_FIELDS=["for","keep_firing_for","annotations"];function nonEmptyString(value){return typeof value=="string"&&value!==""}var prometheus_rule_invalid_default={id:"prometheus-rule-invalid",meta:{description:"Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups",severity:"error",category:"references",kinds:[PROMETHEUS_RULE_KIND],scope:"object",messages:{exprInvalid:"{{subject}} has an expr that is not valid PromQL: {{detail}}; "+REJECTED+". Fix the expression.",exprMissing:"{{subject}} has no expr; "+REJECTED+". Add the PromQL expression the rule evaluates.",durationInvalid:"{{subject}} has {{field}} {{value}}, which is not a Prometheus duration (whole numbers with units from the largest to the smallest: 30s, 5m, 1h30m, 1d); the PrometheusRule CRD allows only durations there, so the API server rejects the object, and Prometheus could not load the rule either. Write it as a duration{{suggestion}}.",neitherAlertNorRecord:"{{subject}} has neither alert nor record; every rule is exactly one of the two, so "+REJECTED+". Add alert: <AlertName> for an alerting rule, or record: <metric:name> for a recording rule.",bothAlertAndRecord:"{{subject}} sets both alert and record; a rule is either an alerting or a recording rule, so "+REJECTED+". Split it into two rules, or remove one of the fields.",recordingRuleField:'Recording rule "{{record}}" in group "{{group}}" sets {{field}}, which only alerting rules have; '+REJECTED+". Remove {{field}}, or make the rule an alert.",templateInvalid:"{{subject}} has a template error in {{field}}: {{detail}}; Prometheus checks the templates when it loads the rule, so "+REJECTED+". Fix the template (the variables are $labels, $value, $externalLabels and $externalURL).",groupNameMissing:'The group at spec.groups[{{index}}] of PrometheusRule "{{name}}" has no name; every rule group needs one, so '+REJECTED+". Give the group a name.",groupNameDuplicate:'PrometheusRule "{{name}}" has two groups named "{{group}}"; group names must be unique within a rule file ("groupname is repeated in the same file"), so '+REJECTED+". Rename one group or merge them."},rationale:"prometheus-operator loads every PrometheusRule through Prometheus' own rule-file validation: each expression is parsed as PromQL (syntax, function and operator types, where offset and @ may stand, label matcher regexes), `for`, `keep_firing_for` and the group `interval` and `query_offset` must be Prometheus durations, every rule is exactly one of an alerting (`alert`) or a recording (`record`) rule, recording rules have no `for`, `keep_firing_for` or annotations, alert templates must parse, and groups need distinct names. One mistake and the operator rejects the whole object (the admission webhook, when installed, refuses it at apply time; otherwise the operator skips it and only logs a warning), so every alert in it is silently missing, including the alerts that should page when autoscaling stops working. A bad duration is already refused by the API server (the CRD's pattern); this rule reports it, once, and schema-invalid leaves those four fields to it.\n\nHow expressions are checked: the syntax with Prometheus' lezer grammar (`@prometheus-io/lezer-promql`, Prometheus 3), then the checks of Prometheus' parser on the expression grouped as that parser groups it: `offset`, `@`, ranges and subqueries bind tighter than every operator (`a - a offset 10m >= 1` is `(a - (a offset 10m)) >= 1`), a sign binds like `*` and looser than `^`, `^` is right-associative, then `* / % atan2`, `+ -`, comparisons (scalar to scalar only with `bool`), `and`/`unless`, `or`. `offset` and `@` may only follow a selector, a range or a subquery, once each. Matcher regexes (`=~`, `!~`) are compiled as Prometheus compiles them, as Go RE2 anchored at both ends (with `re2js`), so lookaround and backreferences are errors. Experimental functions, duration arithmetic and `anchored`/`smoothed` are accepted (they need a feature flag that the rule cannot see). Not checked: the values of literals (a zero or overflowing range or offset, an @ timestamp out of range, duration division by zero), a label in both on() and group_left()/group_right(), a metric name set twice, the label selectors of info(). The test suite runs every expression of Prometheus' own parser tests and the rules of awesome-prometheus-alerts and kube-prometheus.",remediation:"Fix the field the finding points at; `promtool check rules` on the `spec` (as a rule file) is the reference for what Prometheus accepts. For PromQL: ranges go inside functions (`rate(x[5m])`), `offset` goes on the selector, `by`/`without` on the aggregation, regular expressions in backticks or with `\\\\` for each backslash.",defaultOptions:{},examples:{incorrect:`apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: web
spec:
  groups:
    - name: web.rules
      rules:
        - alert: WebErrorRate
          expr: sum(rate(http_requests_total{code=~"5.."}[5m]) / sum(rate(http_requests_total[5m])) > 0.05
          for: 10 minutes
`,correct:`apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: web
spec:
  groups:
    - name: web.rules
      rules:
        - alert: WebErrorRate
          expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
          for: 10m
`},peers:"None of kube-linter, kube-score, Polaris or the Kyverno policies check PrometheusRules; the reference is promtool check rules and prometheus-operator's admission webhook, which run the same validation."},async prepare(manifests){manifests.some(manifest=>manifest.kind===PROMETHEUS_RULE_KIND)&&await loadPromQL()},create(context){let report=descriptor=>context.report(descriptor),reportInside=(manifest,path2,value,problem,descriptor)=>{let scalar=manifest.locate(path2,"value"),range=scalar&&!scalar.approximate?locateInScalar(scalar,value,problem.from,problem.to):void 0;report({manifest,path:path2,...descriptor,...range?{range}:{}})},checkRule=(manifest,rule,rulePath,group2,index)=>{let alert=nonEmptyString(rule.alert)?rule.alert:void 0,record=nonEmptyString(rule.record)?rule.record:void 0,subject=alert?`Alert "${alert}" in group "${group2}"`:record?`Recording rule "${record}" in group "${group2}"`:`The rule at rules[${index}] of group "${group2}"`;alert&&record?report({manifest,path:[...rulePath,"record"],target:"key",messageId:"bothAlertAndRecord",data:{subject}}):!alert&&!record&&report({manifest,path:[...rulePath,"alert"],target:"key",messageId:"neitherAlertNorRecord",data:{subject}});let exprPath=[...rulePath,"expr"],expr=typeof rule.expr=="number"?String(rule.expr):rule.expr;if(expr==null||expr==="")report({manifest,path:exprPath,target:"key",messageId:"exprMissing",data:{subject}});else if(typeof expr=="string"){let problem=checkPromQL(expr);problem&&reportInside(manifest,exprPath,expr,problem,{messageId:"exprInvalid",data:{subject,detail:problem.message}})}for(let field of["for","keep_firing_for"]){let value=rule[field];value==null||parsePrometheusDuration(value)!==void 0||report({manifest,path:[...rulePath,field],messageId:"durationInvalid",data:{subject,field,value:JSON.stringify(value),suggestion:durationSuggestion(value)}})}if(record&&!alert)for(let field of ALERT_ONLY_FIELDS){let value=rule[field];(field==="annotations"?Object.keys(asObject(value)??{}).length>0:value!=null&&parsePrometheusDuration(value)!==0)&&report({manifest,path:[...rulePath,field],target:"key",messageId:"recordingRuleField",data:{record,group:group2,field}})}if(alert)for(let field of["labels","annotations"])for(let[key,text]of Object.entries(asObject(rule[field])??{})){if(typeof text!="string")continue;let problem=checkAlertTemplate(text);problem&&reportInside(manifest,[...rulePath,field,key],text,problem,{messageId:"templateInvalid",data:{subject,field:`${field}.${key}`,detail:problem.message}})}};return{[PROMETHEUS_RULE_KIND](manifest){if(!isMonitoringObject(manifest))return;let firstByName=new Map;asArray(manifest.get(["spec","groups"])).forEach((entry,groupIndex)=>{let group2=asObject(entry);if(!group2)return;let groupPath=["spec","groups",groupIndex],name=nonEmptyString(group2.name)?group2.name:void 0;if(name===void 0)(group2.name===void 0||group2.name===null||group2.name==="")&&report({manifest,path:[...groupPath,"name"],target:"key",messageId:"groupNameMissing",data:{index:groupIndex,name:manifest.name}});else{let first=firstByName.get(name);first===void 0?firstByName.set(name,groupIndex):report({manifest,path:[...groupPath,"name"],messageId:"groupNameDuplicate",data:{name:manifest.name,group:name},related:[{manifest,path:["spec","groups",first,"name"],message:`The first group named "${name}".`}]})}for(let field of["interval","query_offset"]){let value=group2[field];value!=null&&parsePrometheusDuration(value)===void 0&&report({manifest,path:[...groupPath,field],messageId:"durationInvalid",data:{subject:name?`Group "${name}" of PrometheusRule "${manifest.name}"`:`The group at spec.groups[${groupIndex}] of PrometheusRule "${manifest.name}"`,field,value:JSON.stringify(value),suggestion:durationSuggestion(value)}})}asArray(group2.rules).forEach((ruleEntry,ruleIndex)=>{let rule=asObject(ruleEntry);rule&&checkRule(manifest,rule,[...groupPath,"rules",ruleIndex],name??`spec.groups[${groupIndex}]`,ruleIndex)})})}}}},UNIT_WORDS={ms:"ms",millisecond:"ms",milliseconds:"ms",s:"s",sec:"s",secs:"s",second:"s",seconds:"s",m:"m",min:"m",mins:"m",minute:"m",minutes:"m",h:"h",hr:"h",hrs:"h",hour:"h",hours:"h",d:"d",day:"d",days:"d",w:"w",week:"w",weeks:"w"};function durationSuggestion(value){if(typeof value=="number")return` (a string with a unit, such as "${value}s" for ${value} seconds; the field is not a number)`;if(typeof value!="string")return"";let words=/^\s*(\d+)\s*([a-zA-Z]+)\s*$/.exec(value),unit=words?.[2]?UNIT_WORDS[words[2].toLowerCase()]:void 0;return words?.[1]&&unit?` such as "${words[1]}${unit}"`:/^\d+$/.test(value.trim())?` (a bare number has no unit: "${value.trim()}s" for seconds)`:""}function wholeNumber2(value){return typeof value=="number"&&Number.isInteger(value)&&value>=0?value:void 0}function jobPods(manifest,specPath){let rawParallelism=manifest.get([...specPath,"parallelism"]),parallelism=rawParallelism===void 0?1:wholeNumber2(rawParallelism),rawCompletions=manifest.get([...specPath,"completions"]),completions=rawCompletions===void 0?void 0:wholeNumber2(rawCompletions);if(!(parallelism===void 0||rawCompletions!==void 0&&completions===void 0))return{pods:completions===void 0?parallelism:Math.min(parallelism,completions),manifest,path:[...specPath,"parallelism"],source:rawParallelism===void 0?"the default parallelism of 1":"parallelism"}}function maximumPods(workload,set){let manifest=workload.manifest;switch(workload.kind){case"DaemonSet":return;case"Pod":return{pods:1,manifest,path:["metadata","name"],source:"a single Pod"};case"Job":return jobPods(manifest,["spec"]);case"CronJob":return jobPods(manifest,["spec","jobTemplate","spec"]);case"ScaledJob":return{pods:workload.declaredReplicas??100,manifest,path:["spec","maxReplicaCount"],source:manifest.get(["spec","maxReplicaCount"])===void 0?"KEDA's default maxReplicaCount of 100 Jobs":"spec.maxReplicaCount"}}let maximum=set.maximumReplicas(workload);if(maximum===void 0)return;let largest=set.autoscalersOf(manifest).find(autoscaler=>autoscaler.maxReplicas===maximum);return largest?{pods:maximum,manifest:largest.manifest,path:largest.maxReplicasPath,source:`${largest.manifest.get(largest.maxReplicasPath)===void 0?"the default maximum":"the maximum"} of ${largest.manifest.kind} "${largest.manifest.name}"`}:{pods:maximum,manifest,path:["spec","replicas"],source:workload.declaredReplicas===void 0?"the default of 1 replica":"spec.replicas"}}function rolloutSurge(workload,replicas){if(workload.kind!=="Deployment"||workload.manifest.get(["spec","strategy","type"])==="Recreate")return 0;let raw=workload.manifest.get(["spec","strategy","rollingUpdate","maxSurge"]),surge=parseIntOrPercent(raw===void 0?"25%":raw);return surge?scaleIntOrPercent(surge,replicas,!0):0}function reportedResources(workload,set){return["cpu","memory",...resourceNamesOf(workload,set.limitRangeDefaults(workload.namespace)).filter(name=>isExtendedResource(name))]}function workloadCapacity(workload,set,kubeVersion){let maximum=maximumPods(workload,set),defaults=set.limitRangeDefaults(workload.namespace),podLevel=podLevelResources(workload,kubeVersion),perPod={};for(let resource of reportedResources(workload,set))perPod[resource]=podTotal(workload,"requests",resource,defaults,podLevel);let minReplicas=maximum?workload.isScalable?Math.min(set.minimumReplicas(workload),maximum.pods):maximum.pods:void 0;return{kind:workload.kind,namespace:workload.namespace,name:workload.manifest.name,manifest:workload.manifest,minReplicas,maxReplicas:maximum?.pods,maxSource:maximum?.source,perPod}}function quotaCapacity(quota,workloads2,set,kubeVersion){let scopes=readQuotaScopes(quota);if(!scopes)return[];let defaults=set.limitRangeDefaults(quota.namespace),selected=workloads2.flatMap(workload=>{let facts=podScopeFacts(workload,set,defaults,kubeVersion),maximum=quotaScopesMatch(scopes,facts)?maximumPods(workload,set):void 0;return maximum?[{workload,pods:maximum.pods}]:[]}),result=[];for(let entry of readQuotaHard(quota)){let usage=entry.usage;if(!usage||entry.value===void 0)continue;let atMax=0;for(let{workload,pods}of selected){let perPod=usage.type==="pods"?1:podTotal(workload,usage.type,usage.resource,defaults,podLevelResources(workload,kubeVersion));atMax+=perPod*pods}result.push({name:quota.name,key:entry.key,resource:usage.type==="pods"?"pods":usage.resource,hard:entry.value,atMax})}return result}function capacityOf(set,kubeVersion){let namespaces=new Set(set.workloadNamespaces());for(let quota of set.byKind(RESOURCE_QUOTA_KIND))namespaces.add(quota.namespace);return[...namespaces].sort().map(namespace=>{let members=set.workloadsIn(namespace),workloads2=members.map(workload=>workloadCapacity(workload,set,kubeVersion)).sort((a,b)=>a.kind.localeCompare(b.kind)||a.name.localeCompare(b.name)),requestsAtMax={},podsAtMax=0;for(let workload of workloads2)if(workload.maxReplicas!==void 0){podsAtMax+=workload.maxReplicas;for(let[resource,value]of Object.entries(workload.perPod))requestsAtMax[resource]=(requestsAtMax[resource]??0)+value*workload.maxReplicas}let quotas=set.byKindIn(RESOURCE_QUOTA_KIND,namespace).flatMap(quota=>quotaCapacity(quota,members,set,kubeVersion)).sort((a,b)=>a.name.localeCompare(b.name)||a.key.localeCompare(b.key));return{namespace,workloads:workloads2,podsAtMax,requestsAtMax,quotas}})}function compareResources(a,b){let rank=resource=>resource==="pods"?0:resource==="cpu"?1:resource==="memory"?2:3;return rank(a)-rank(b)||a.localeCompare(b)}var SHOWN_CONTRIBUTORS=3,quota_exceeded_at_max_scale_default={id:"quota-exceeded-at-max-scale",meta:{description:"Require each ResourceQuota to fit its namespace's workloads at their maximum scale",severity:"warning",category:"quota",kinds:[RESOURCE_QUOTA_KIND],scope:"set",messages:{exceeded:'ResourceQuota "{{name}}" in namespace "{{namespace}}" is too small for its workloads at maximum scale ({{key}}: {{total}} at max scale > {{limit}}){{scopes}}: {{breakdown}}. Pods past the quota are rejected at creation (exceeded quota), so scale-ups stop short of the maximum exactly when the load peaks. Raise {{key}} to at least {{needed}} or lower the maximum replicas.'},rationale:"A ResourceQuota is checked when each pod is created. If the namespace's workloads together need more than the quota at their maximum scale, the last scale-ups fail with `exceeded quota` events: the HPA reports success, the ReplicaSet cannot create the pods, and the service runs short at its busiest. For each hard limit the rule adds up, over the workloads in the quota's namespace that its scopes select, the per-pod value \xD7 the maximum number of pods. The per-pod value is what quota charges: requests (after limit and LimitRange defaulting) of the running containers and native sidecars, or the start-up peak of an init container when that is larger; limits for `limits.*`; one for `pods`. The maximum is the autoscalers' `maxReplicas`/`maxReplicaCount` (KEDA's default 100), else `spec.replicas`, else 1; a Job (and each CronJob run) counts `parallelism` pods (at most `completions`), and a bare Pod one. Not modelled: DaemonSets (one pod per matching node, and the node count is not in the manifests; they are skipped), overlapping CronJob runs (`concurrencyPolicy: Allow`), and Deployment rollout surge unless `includeRolloutSurge` is set. Extended resources such as GPUs are errors: devices are whole and scarce, and a short quota strands a GPU job outright; cpu, memory and pods are warnings.",remediation:"Raise the hard limit to at least the total shown, or lower the maximum replicas of the largest contributors, or move a workload to its own namespace and quota.",defaultOptions:{maximumPercent:100,includeRolloutSurge:!1},optionsSchema:{type:"object",properties:{maximumPercent:{type:"number",minimum:1,maximum:1e3,description:"Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom)."},includeRolloutSurge:{type:"boolean",description:"Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas."}},additionalProperties:!1},examples:{incorrect:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.nvidia.com/gpu: "8"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
  namespace: ml
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 2}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
  namespace: ml
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 6
`,correct:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.nvidia.com/gpu: "12"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
  namespace: ml
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 2}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
  namespace: ml
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 6
`},peers:"No peer linter sums workloads against a ResourceQuota; Kyverno policies can only check one object at admission time."},create(context){return{[RESOURCE_QUOTA_KIND](quota,options){let scopes=readQuotaScopes(quota),entries=readQuotaHard(quota).filter(entry=>entry.usage!==void 0&&entry.value!==void 0);if(!scopes||entries.length===0)return;let defaults=context.set.limitRangeDefaults(quota.namespace),kubeVersion=context.settings.kubeVersion,selected=context.set.workloadsIn(quota.namespace).flatMap(workload=>{let facts=podScopeFacts(workload,context.set,defaults,kubeVersion),maximum=quotaScopesMatch(scopes,facts)?maximumPods(workload,context.set):void 0;if(!maximum)return[];let surge=options.includeRolloutSurge?rolloutSurge(workload,maximum.pods):0;return[{workload,maximum,pods:maximum.pods+surge}]});for(let entry of entries){let usage=entry.usage;if(!usage||entry.value===void 0)continue;let contributions=selected.map(({workload,maximum,pods})=>{let perPod=usage.type==="pods"?1:podTotal(workload,usage.type,usage.resource,defaults,podLevelResources(workload,kubeVersion));return{workload,maximum,pods,perPod,total:perPod*pods}}).filter(contribution=>contribution.total>0).sort((a,b)=>b.total-a.total),total=contributions.reduce((sum,contribution)=>sum+contribution.total,0),threshold=entry.value*options.maximumPercent/100;quantityGreater(total,threshold)&&reportExceeded(quota,entry,total,contributions,scopes.length>0?describeQuotaScopes(scopes):"",options)}}};function reportExceeded(quota,entry,total,contributions,scopes,options){let usage=entry.usage,resource=usage&&usage.type!=="pods"?usage.resource:"pods",format=value=>usage?.type==="pods"?String(value):formatQuantity(resource,value),describe=contribution=>{let label=`${contribution.workload.kind} "${contribution.workload.manifest.name}"`;return usage?.type==="pods"?`${label} ${counted(contribution.pods,"pod")}`:`${label} ${counted(contribution.pods,"pod")} \xD7 ${format(contribution.perPod)} = ${format(contribution.total)}`},shown=contributions.slice(0,SHOWN_CONTRIBUTORS),rest=contributions.length-shown.length,breakdown=`${shown.map(describe).join(", ")}${rest>0?` and ${counted(rest,"more workload")}`:""}`,limit=format(entry.value??0);context.report({manifest:quota,path:entry.path,messageId:"exceeded",severity:isExtendedResource(resource)?"error":"warning",data:{name:quota.name,namespace:quota.namespace,key:entry.key,total:format(total),needed:format(total*100/options.maximumPercent),limit:options.maximumPercent===100?limit:`${options.maximumPercent}% of ${limit}`,scopes:scopes?` for pods in scope ${scopes}`:"",breakdown},related:shown.map(contribution=>({manifest:contribution.maximum.manifest,path:contribution.maximum.path,message:`${describe(contribution)} (${counted(contribution.maximum.pods,"pod")} from ${contribution.maximum.source}${contribution.pods>contribution.maximum.pods?`, plus ${contribution.pods-contribution.maximum.pods} during a rollout`:""}).`}))})}}};var quota_extended_resource_key_default={id:"quota-extended-resource-key",meta:{description:"Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix",severity:"error",category:"quota",kinds:[RESOURCE_QUOTA_KIND],scope:"object",messages:{bare:'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: quota counts extended resources only under requests.{{resource}}, so pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}',limits:'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: extended resources cannot be overcommitted, so quota counts them only under requests.{{resource}} (limits.* keys exist for cpu, memory and ephemeral-storage), and pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}'},rationale:'The API server accepts any qualified resource name as a quota key, but the quota system only counts an extended resource (`nvidia.com/gpu`, `amd.com/gpu`, \u2026) under the `requests.` prefix ("as overcommit is not supported by extended resources, only quota items in the format requests.<name> are allowed"). A quota keyed `nvidia.com/gpu: 4` or `limits.nvidia.com/gpu: 4` is stored, shown by `kubectl describe quota` with no usage, and enforces nothing: one team can take every GPU of the cluster. The mistake is common because cpu and memory do work without the prefix. Since request and limit of an extended resource are always equal, `requests.<name>` caps both.',remediation:"Rename the key to `requests.<name>` (e.g. `requests.nvidia.com/gpu: 4`), or delete it when the quota already has that key.",autofix:"`--fix` renames the key to `requests.<resource>`, keeping its value, quoting and comment; when the quota already has that key, it deletes the untracked one (which limited nothing).",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.cpu: "64"
    nvidia.com/gpu: "8"
`,correct:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.cpu: "64"
    requests.nvidia.com/gpu: "8"
`},peers:"No peer linter checks quota keys; kubeconform-style schema validation passes them because any qualified name is a valid ResourceList key."},create(context){return{[RESOURCE_QUOTA_KIND](quota){let entries=readQuotaHard(quota),keys=new Set(entries.map(entry=>entry.key));for(let entry of entries){let untracked=untrackedExtendedResource(entry.key);if(!untracked)continue;let tracked=`requests.${untracked.resource}`;context.report({manifest:quota,path:entry.path,target:"key",messageId:untracked.form,data:{name:quota.name,key:entry.key,resource:untracked.resource,namespace:quota.namespace,action:keys.has(tracked)?`The quota already has ${tracked}; delete this key.`:`Rename the key to ${tracked}.`},fix:tracked,autofix:fixer=>keys.has(tracked)?fixer.removeField(quota,entry.path):fixer.renameKey(quota,entry.path,tracked)})}}}}};var quota_missing_requests_default={id:"quota-missing-requests",meta:{description:"Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains",severity:"error",category:"quota",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{missing:'{{container}} of {{kind}} "{{name}}" has no {{missing}}, but ResourceQuota "{{quota}}" in namespace "{{namespace}}" constrains {{keys}}{{scopes}}: quota admission rejects its pods ("must specify {{requirement}}"), so {{consequence}}. Set {{fields}} on the container, or give the namespace a LimitRange with defaults.'},rationale:'When a ResourceQuota in a namespace tracks `cpu`, `memory` (both meaning requests), `requests.cpu`, `requests.memory`, `limits.cpu` or `limits.memory`, the quota admission plugin rejects every pod that has a container, init containers and sidecars included, without that value ("must specify limits.memory for: app"). A Deployment, Job or CronJob is still accepted, so the failure shows up only as FailedCreate events on the ReplicaSet or Job while the workload never gets a pod. Kubernetes limits this requirement to cpu and memory on purpose: a quota on `requests.ephemeral-storage`, hugepages or `requests.nvidia.com/gpu` counts the pods but does not require the field, so those are not reported. Values the cluster fills in count: a limit becomes the request, LimitRange defaults of the namespace (`defaultRequest`, `default`, `max`, `min`, defaulted as Kubernetes does) fill both, and pod-level `spec.resources` (Kubernetes 1.34+) exempt the pod from the check. Quota scopes are modelled: `BestEffort`/`NotBestEffort` (QoS after defaults), `Terminating`/`NotTerminating` (`activeDeadlineSeconds` on the pod spec), `CrossNamespacePodAffinity`, and `PriorityClass` in `scopes` or `scopeSelector` (In, NotIn, Exists, DoesNotExist), where a pod without `priorityClassName` takes the set\'s `globalDefault` PriorityClass as the Priority admission plugin does; scopes that only select PersistentVolumeClaims never apply. A quota whose scopes are malformed is skipped.',remediation:"Set the constrained requests and limits on every container (init containers and sidecars too), or add a LimitRange with `default` and `defaultRequest` for containers in the namespace so that Kubernetes fills them in.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "20"
    limits.memory: 64Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
`,correct:`apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "20"
    limits.memory: 64Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
            limits: {memory: 1Gi}
`},peers:"No peer linter relates ResourceQuotas to containers; kube-score, Polaris and Kyverno require requests (and some limits) everywhere, whatever the quota says."},create(context){let visit=manifest=>{let quotas=context.set.byKindIn(RESOURCE_QUOTA_KIND,manifest.namespace),workload=quotas.length>0?context.set.workload(manifest):void 0;if(!workload?.ownsTemplate||workload.containers.length===0||podLevelResources(workload,context.settings.kubeVersion))return;let defaults=context.set.limitRangeDefaults(manifest.namespace),facts;for(let quota of quotas){let scopes=readQuotaScopes(quota),required=readQuotaHard(quota).filter(entry=>REQUIRED_QUOTA_KEYS.has(entry.key));if(!(!scopes||required.length===0)&&(facts??=podScopeFacts(workload,context.set,defaults,context.settings.kubeVersion),!!quotaScopesMatch(scopes,facts)))for(let container of workload.containers){if(!hasReadableResources(container))continue;let lacking=new Map;for(let entry of required){let usage=entry.usage;if(!usage||usage.type==="pods"||(usage.type==="requests"?effectiveRequest(workload,container,usage.resource,defaults):effectiveLimit(workload,container,usage.resource,defaults)))continue;let field=`${usage.type}.${usage.resource}`,found=lacking.get(field);found?found.keys.push(entry):lacking.set(field,{type:usage.type,resource:usage.resource,keys:[entry]})}if(lacking.size===0)continue;let missing=[...lacking.values()],keys=missing.flatMap(item=>item.keys),[first]=missing;context.report({manifest,path:[...container.path,"resources",first?.type??"requests",first?.resource??""],target:"key",messageId:"missing",data:{container:describeContainer(container),kind:manifest.kind,name:manifest.name,missing:wordList(missing.map(item=>`${item.resource} ${item.type==="requests"?"request":"limit"}`)),quota:quota.name,namespace:manifest.namespace,keys:wordList(keys.map(entry=>entry.key)),requirement:keys.map(entry=>`${entry.key} for: ${container.name}`).sort().join("; "),scopes:scopes.length>0?` for pods in scope ${describeQuotaScopes(scopes)}`:"",consequence:manifest.kind==="Pod"?"the Pod is never created":`the ${manifest.kind} is accepted but never gets a pod (FailedCreate)`,fields:wordList(missing.map(item=>`resources.${item.type}.${item.resource}`))},related:keys.map(entry=>({manifest:quota,path:entry.path,target:"key",message:`ResourceQuota "${quota.name}" constrains ${entry.key} here.`}))})}}};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};var requests_exceed_limits_default={id:"requests-exceed-limits",meta:{description:"Disallow a container request larger than its limit",severity:"error",category:"requests",kinds:[...WORKLOAD_KINDS],scope:"set",messages:{exceeds:'{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but is limited to {{limit}}: the API server rejects it ("must be less than or equal to {{resource}} limit"), so the apply or sync fails. Lower the request to at most {{limit}} or raise the limit.',exceedsDefaultLimit:'{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} and sets no limit, so LimitRange "{{limitRange}}" gives it the default limit {{limit}}, below the request: the {{kind}} is accepted, but every pod it creates is rejected at admission ("must be less than or equal to {{resource}} limit"). Set a {{resource}} limit of at least {{request}}, or lower the request.'},rationale:"A request is what the scheduler reserves and a limit is the most the container may use; a request above the limit is a contradiction the API server refuses (for the pod template of a Deployment, StatefulSet, Job\u2026 as for a bare Pod), so the whole apply or Argo CD sync fails. The subtler case is a container that sets a request but no limit in a namespace whose LimitRange has a default limit (`default`, or `max` when `default` is absent) below that request: the workload object is accepted, LimitRanger adds the default limit to each pod at creation, and every pod is then rejected, so the ReplicaSet or Job never gets a pod and reports FailedCreate. Quantities are compared by value in every notation (`500m` = `0.5`, `1Gi` = `1024Mi`, `1e3` = `1k`). Extended resources such as `nvidia.com/gpu` must have request equal to limit; extended-resource-limits reports those.",remediation:"Make each request at most its limit (for Guaranteed QoS, set them equal), or, when a LimitRange supplies the limit, write a limit on the container.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 1500m, memory: 512Mi}
            limits: {cpu: "1", memory: 512Mi}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
            limits: {cpu: "1", memory: 512Mi}
`},peers:"kube-score, kube-linter and Polaris do not compare requests with limits (kubeconform-based schema checks cannot: the constraint is in API server code). kube-score container-resource-requests-equal-limits (optional) is stricter: it wants them equal."},create(context){let visit=manifest=>{let workload=context.set.workload(manifest);if(!workload?.ownsTemplate)return;let defaults=context.set.limitRangeDefaults(manifest.namespace);for(let container of workload.containers)if(hasReadableResources(container))for(let resource of Object.keys(containerResources(container.container,"requests"))){if(isExtendedResource(resource))continue;let request=writtenQuantity(workload,container,"requests",resource);if(request?.value===void 0)continue;let written=writtenQuantity(workload,container,"limits",resource),limit=written??defaults.limit(resource);if(limit?.value===void 0||!quantityGreater(request.value,limit.value))continue;let data={container:describeContainer(container),kind:manifest.kind,name:manifest.name,resource,request:String(request.raw),limit:String(limit.raw)};written?context.report({manifest,path:request.path,messageId:"exceeds",data}):context.report({manifest,path:request.path,messageId:"exceedsDefaultLimit",data:{...data,limitRange:limit.manifest.name},related:[{manifest:limit.manifest,path:limit.path,message:`LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`}],fix:`resources: {limits: {${resource}: ${String(request.raw)}}}`})}};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};var PerType=class{values=new Map;get(apiVersion,kind,compute){let kinds=this.values.get(apiVersion);if(kinds||(kinds=new Map,this.values.set(apiVersion,kinds)),kinds.has(kind))return kinds.get(kind);let value=compute();return kinds.set(kind,value),value}};var SCHEMA_KUBERNETES_VERSION="1.36",SCHEMAS={"admissionregistration.k8s.io/v1/MutatingWebhookConfiguration":{source:"kubernetes",load:()=>import("./IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration-DUBSL4ZX.js").then(module=>({validate:module.validate}))},"admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration":{source:"kubernetes",load:()=>import("./IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration-NI3I7QSY.js").then(module=>({validate:module.validate}))},"apiextensions.k8s.io/v1/CustomResourceDefinition":{source:"kubernetes",load:()=>import("./IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition-GQJOKA7P.js").then(module=>({validate:module.validate}))},"apiregistration.k8s.io/v1/APIService":{source:"kubernetes",load:()=>import("./IoK8sKubeAggregatorPkgApisApiregistrationV1APIService-NMT5EJPX.js").then(module=>({validate:module.validate}))},"apps/v1/DaemonSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1DaemonSet-TEB6BOBE.js").then(module=>({validate:module.validate}))},"apps/v1/Deployment":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1Deployment-CV3GVVJT.js").then(module=>({validate:module.validate}))},"apps/v1/ReplicaSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1ReplicaSet-5TJH27C2.js").then(module=>({validate:module.validate}))},"apps/v1/StatefulSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1StatefulSet-YKU26N42.js").then(module=>({validate:module.validate}))},"apps/v1beta1/Deployment":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta1Deployment-3XAOSDJU.js").then(module=>({validate:module.validate}))},"apps/v1beta1/StatefulSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta1StatefulSet-YN257YRP.js").then(module=>({validate:module.validate}))},"apps/v1beta2/DaemonSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta2DaemonSet-NYH6HRYX.js").then(module=>({validate:module.validate}))},"apps/v1beta2/Deployment":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta2Deployment-GUIMHZQJ.js").then(module=>({validate:module.validate}))},"apps/v1beta2/ReplicaSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta2ReplicaSet-K4XA52JR.js").then(module=>({validate:module.validate}))},"apps/v1beta2/StatefulSet":{source:"kubernetes",load:()=>import("./IoK8sApiAppsV1beta2StatefulSet-25IBXKT4.js").then(module=>({validate:module.validate}))},"autoscaling.k8s.io/v1/VerticalPodAutoscaler":{source:"crd",load:()=>import("./VerticalPodAutoscaler-C75RAIGR.js").then(module=>({model:module.VerticalPodAutoscaler}))},"autoscaling.k8s.io/v1beta2/VerticalPodAutoscaler":{source:"crd",load:()=>import("./VerticalPodAutoscaler-MSECUAHY.js").then(module=>({model:module.VerticalPodAutoscaler}))},"autoscaling/v1/HorizontalPodAutoscaler":{source:"kubernetes",load:()=>import("./IoK8sApiAutoscalingV1HorizontalPodAutoscaler-4MFROGGS.js").then(module=>({validate:module.validate}))},"autoscaling/v2/HorizontalPodAutoscaler":{source:"kubernetes",load:()=>import("./IoK8sApiAutoscalingV2HorizontalPodAutoscaler-EEEDMN7Q.js").then(module=>({validate:module.validate}))},"autoscaling/v2beta1/HorizontalPodAutoscaler":{source:"kubernetes",load:()=>import("./IoK8sApiAutoscalingV2beta1HorizontalPodAutoscaler-ETHILBCD.js").then(module=>({validate:module.validate}))},"autoscaling/v2beta2/HorizontalPodAutoscaler":{source:"kubernetes",load:()=>import("./IoK8sApiAutoscalingV2beta2HorizontalPodAutoscaler-GDCNRNCN.js").then(module=>({validate:module.validate}))},"batch/v1/CronJob":{source:"kubernetes",load:()=>import("./IoK8sApiBatchV1CronJob-IVARYK53.js").then(module=>({validate:module.validate}))},"batch/v1/Job":{source:"kubernetes",load:()=>import("./IoK8sApiBatchV1Job-V2PJ5G5G.js").then(module=>({validate:module.validate}))},"batch/v1beta1/CronJob":{source:"kubernetes",load:()=>import("./IoK8sApiBatchV1beta1CronJob-O7QBGP4M.js").then(module=>({validate:module.validate}))},"discovery.k8s.io/v1/EndpointSlice":{source:"kubernetes",load:()=>import("./IoK8sApiDiscoveryV1EndpointSlice-ZNOYDCFJ.js").then(module=>({validate:module.validate}))},"extensions/v1beta1/DaemonSet":{source:"kubernetes",load:()=>import("./IoK8sApiExtensionsV1beta1DaemonSet-CCNYPBIS.js").then(module=>({validate:module.validate}))},"extensions/v1beta1/Deployment":{source:"kubernetes",load:()=>import("./IoK8sApiExtensionsV1beta1Deployment-H5ZZMC6M.js").then(module=>({validate:module.validate}))},"extensions/v1beta1/Ingress":{source:"kubernetes",load:()=>import("./IoK8sApiExtensionsV1beta1Ingress-MWE3SDHO.js").then(module=>({validate:module.validate}))},"extensions/v1beta1/ReplicaSet":{source:"kubernetes",load:()=>import("./IoK8sApiExtensionsV1beta1ReplicaSet-HBJ5OOYM.js").then(module=>({validate:module.validate}))},"keda.sh/v1alpha1/ClusterTriggerAuthentication":{source:"crd",load:()=>import("./ClusterTriggerAuthentication-P3UWZSWT.js").then(module=>({model:module.ClusterTriggerAuthentication}))},"keda.sh/v1alpha1/ScaledJob":{source:"crd",load:()=>import("./ScaledJob-OS7XIBJV.js").then(module=>({model:module.ScaledJob}))},"keda.sh/v1alpha1/ScaledObject":{source:"crd",load:()=>import("./ScaledObject-C3IZU75S.js").then(module=>({model:module.ScaledObject}))},"keda.sh/v1alpha1/TriggerAuthentication":{source:"crd",load:()=>import("./TriggerAuthentication-HPINUMXQ.js").then(module=>({model:module.TriggerAuthentication}))},"monitoring.coreos.com/v1/PodMonitor":{source:"crd",load:()=>import("./PodMonitor-X4RNADTM.js").then(module=>({model:module.PodMonitor}))},"monitoring.coreos.com/v1/PrometheusRule":{source:"crd",load:()=>import("./PrometheusRule-MY3EFB5T.js").then(module=>({model:module.PrometheusRule}))},"monitoring.coreos.com/v1/ServiceMonitor":{source:"crd",load:()=>import("./ServiceMonitor-5SWTV3AP.js").then(module=>({model:module.ServiceMonitor}))},"networking.k8s.io/v1/Ingress":{source:"kubernetes",load:()=>import("./IoK8sApiNetworkingV1Ingress-6QQB776P.js").then(module=>({validate:module.validate}))},"networking.k8s.io/v1/IngressClass":{source:"kubernetes",load:()=>import("./IoK8sApiNetworkingV1IngressClass-5HFSYF3J.js").then(module=>({validate:module.validate}))},"networking.k8s.io/v1/NetworkPolicy":{source:"kubernetes",load:()=>import("./IoK8sApiNetworkingV1NetworkPolicy-RMWEW5ZN.js").then(module=>({validate:module.validate}))},"networking.k8s.io/v1beta1/Ingress":{source:"kubernetes",load:()=>import("./IoK8sApiNetworkingV1beta1Ingress-BAJWDTRZ.js").then(module=>({validate:module.validate}))},"node.k8s.io/v1/RuntimeClass":{source:"kubernetes",load:()=>import("./IoK8sApiNodeV1RuntimeClass-RP7YUMEW.js").then(module=>({validate:module.validate}))},"policy/v1/PodDisruptionBudget":{source:"kubernetes",load:()=>import("./IoK8sApiPolicyV1PodDisruptionBudget-ESDLWXYV.js").then(module=>({validate:module.validate}))},"policy/v1beta1/PodDisruptionBudget":{source:"kubernetes",load:()=>import("./IoK8sApiPolicyV1beta1PodDisruptionBudget-H4LIMWHQ.js").then(module=>({validate:module.validate}))},"rbac.authorization.k8s.io/v1/ClusterRole":{source:"kubernetes",load:()=>import("./IoK8sApiRbacV1ClusterRole-4RWQMR3E.js").then(module=>({validate:module.validate}))},"rbac.authorization.k8s.io/v1/ClusterRoleBinding":{source:"kubernetes",load:()=>import("./IoK8sApiRbacV1ClusterRoleBinding-HDAJDVU4.js").then(module=>({validate:module.validate}))},"rbac.authorization.k8s.io/v1/Role":{source:"kubernetes",load:()=>import("./IoK8sApiRbacV1Role-ZMWSB4YK.js").then(module=>({validate:module.validate}))},"rbac.authorization.k8s.io/v1/RoleBinding":{source:"kubernetes",load:()=>import("./IoK8sApiRbacV1RoleBinding-WDR7NTQY.js").then(module=>({validate:module.validate}))},"scheduling.k8s.io/v1/PriorityClass":{source:"kubernetes",load:()=>import("./IoK8sApiSchedulingV1PriorityClass-TH6BS32P.js").then(module=>({validate:module.validate}))},"scheduling.k8s.io/v1beta1/PriorityClass":{source:"kubernetes",load:()=>import("./IoK8sApiSchedulingV1beta1PriorityClass-VHOBWAFV.js").then(module=>({validate:module.validate}))},"storage.k8s.io/v1/CSIDriver":{source:"kubernetes",load:()=>import("./IoK8sApiStorageV1CSIDriver-CILDMZDS.js").then(module=>({validate:module.validate}))},"storage.k8s.io/v1/StorageClass":{source:"kubernetes",load:()=>import("./IoK8sApiStorageV1StorageClass-Q4IQAZSM.js").then(module=>({validate:module.validate}))},"v1/ConfigMap":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1ConfigMap-4VVL5GVA.js").then(module=>({validate:module.validate}))},"v1/Endpoints":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1Endpoints-T4XLM6P6.js").then(module=>({validate:module.validate}))},"v1/LimitRange":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1LimitRange-GVQOKSVJ.js").then(module=>({validate:module.validate}))},"v1/Namespace":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1Namespace-4O5LQ2D4.js").then(module=>({validate:module.validate}))},"v1/PersistentVolume":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1PersistentVolume-67YADS46.js").then(module=>({validate:module.validate}))},"v1/PersistentVolumeClaim":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1PersistentVolumeClaim-KGIBHPUL.js").then(module=>({validate:module.validate}))},"v1/Pod":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1Pod-KXIU5FJ2.js").then(module=>({validate:module.validate}))},"v1/PodTemplate":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1PodTemplate-4GL7UYBF.js").then(module=>({validate:module.validate}))},"v1/ReplicationController":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1ReplicationController-FIW7GB3E.js").then(module=>({validate:module.validate}))},"v1/ResourceQuota":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1ResourceQuota-VETE2W4W.js").then(module=>({validate:module.validate}))},"v1/Secret":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1Secret-6WRQA766.js").then(module=>({validate:module.validate}))},"v1/Service":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1Service-NFHAJYDS.js").then(module=>({validate:module.validate}))},"v1/ServiceAccount":{source:"kubernetes",load:()=>import("./IoK8sApiCoreV1ServiceAccount-Y5IHOXVU.js").then(module=>({validate:module.validate}))}},loadFieldShapes=()=>import("./schema-fields-DDWDT6VM.js");function modelValidator(model){let validate=data=>{try{return model.prototype.validate.call(data),validate.errors=null,!0}catch(error){let errors=error.errors;if(!Array.isArray(errors))throw error;return validate.errors=errors,!1}};return validate}function validatorOf(loaded){return"validate"in loaded?loaded.validate:modelValidator(loaded.model)}function resolvePointer(root,pointer){let path2=[],value=root,present=!0;if(pointer==="")return{path:path2,value,present};for(let raw of pointer.slice(1).split("/")){let segment=raw.replace(/~1/g,"/").replace(/~0/g,"~");if(Array.isArray(value)&&/^\d+$/.test(segment))path2.push(Number(segment)),value=value[Number(segment)];else{path2.push(segment);let object=asObject(value);present=present&&object!==void 0&&Object.prototype.hasOwnProperty.call(object,segment),value=object?.[segment]}}return{path:path2,value,present}}function joinAlternatives(items){return items.length<=1?items[0]??"":`${items.slice(0,-1).join(", ")} or ${items[items.length-1]}`}function typeHint(expected,value){let expectsNumber=expected.includes("integer")||expected.includes("number");if(typeof value=="string"&&expectsNumber&&!expected.includes("string")){let number=Number(value);if(value.trim()!==""&&Number.isFinite(number))return" (remove the quotes)"}return expected.length===1&&expected[0]==="string"&&(typeof value=="number"||typeof value=="boolean")?` (quote it: "${String(value)}")`:""}var FORMAT_DESCRIPTIONS={quantity:"a quantity such as 500m, 2, 512Mi or 4Gi",int32:"a 32-bit integer",int64:"a 64-bit integer",double:"a number",byte:"base64-encoded data","date-time":"an RFC 3339 date-time such as 2024-01-31T12:00:00Z"},KNOWN_PATTERNS=[[/\(\(\[0-9\]\+\)y\)\?/,"a Prometheus duration such as 30s, 1m or 1h30m"]];function describePattern(pattern){let known=KNOWN_PATTERNS.find(([test])=>test.test(pattern));return known?known[1]:`text matching ${pattern}`}var TYPE_ORDER=["integer","number","string","boolean","object","array","null"];function errorKey(error){return`${error.instancePath}\0${error.keyword}\0${JSON.stringify(error.params)}`}function interpretErrors(root,rawErrors){let seen=new Set,byPath=new Map;for(let error of rawErrors){let key=errorKey(error);if(seen.has(key))continue;seen.add(key);let group2=byPath.get(error.instancePath);group2?group2.push(error):byPath.set(error.instancePath,[error])}let problems=[];for(let[pointer,errors]of byPath){let info=resolvePointer(root,pointer);for(let error of errors.filter(candidate=>candidate.keyword==="required")){let missing=String(error.params.missingProperty??""),fieldPath=[...info.path,missing];problems.push({kind:"missingField",path:info.path.length===0?["kind"]:info.path,target:"key",field:fieldName(fieldPath),data:{where:info.path.length===0?"at the top level":`under ${fieldName(info.path)}`}})}let additional=errors.filter(candidate=>candidate.keyword==="additionalProperties");for(let error of additional){let property=String(error.params.additionalProperty??""),fieldPath=[...info.path,property];problems.push({kind:"unknownField",path:fieldPath,target:"key",field:fieldName(fieldPath),data:{hint:""}})}let rest=errors.filter(candidate=>candidate.keyword!=="required"&&candidate.keyword!=="additionalProperties"),problem=pickValueProblem(info,rest);problem&&problems.push(problem)}return problems}var COMBINATORS=new Set(["oneOf","anyOf","allOf","not","if"]);function pickValueProblem(info,errors){if(errors.length===0)return;let field=fieldName(info.path),base={path:info.path,target:"value",field},specific=errors.filter(error2=>error2.keyword!=="type"&&!COMBINATORS.has(error2.keyword)),types=errors.filter(error2=>error2.keyword==="type"),branched=errors.some(error2=>COMBINATORS.has(error2.keyword));if(types.length>0&&(!branched||specific.length===0)){let expected=[...new Set(types.map(error2=>String(error2.params.type)))].sort((a,b)=>TYPE_ORDER.indexOf(a)-TYPE_ORDER.indexOf(b));return{...base,kind:"invalidType",data:{expected:joinAlternatives(expected.map(type=>describeType(type))),actual:describeValue(info.value),hint:typeHint(expected,info.value)}}}let error=specific[0]??errors[0];if(!error)return;let actual=describeValue(info.value);switch(error.keyword){case"enum":case"const":{let allowed=Array.isArray(error.params.allowedValues)?error.params.allowedValues:[error.params.allowedValue];return{...base,kind:"invalidValue",data:{allowed:joinAlternatives(allowed.map(value=>JSON.stringify(value))),actual}}}case"format":{let format=String(error.params.format);return{...base,kind:"invalidFormat",data:{actual,format:FORMAT_DESCRIPTIONS[format]??`in the ${format} format`}}}case"pattern":return{...base,kind:"invalidFormat",data:{actual,format:describePattern(String(error.params.pattern))}};case"minimum":case"exclusiveMinimum":case"maximum":case"exclusiveMaximum":{let comparison=String(error.params.comparison??"");return{...base,kind:"outOfRange",data:{actual,bound:`${comparison} ${String(error.params.limit)}`.trim()}}}case"minItems":case"maxItems":case"minLength":case"maxLength":case"minProperties":case"maxProperties":{let limit=Number(error.params.limit),what=error.keyword.endsWith("Items")?"item":error.keyword.endsWith("Length")?"character":"entry",bound=error.keyword.startsWith("min")?"at least":"at most";return{...base,kind:"outOfRange",data:{actual,bound:`${bound} ${limit} ${what}${limit===1?"":"s"}`}}}default:return{...base,kind:"invalid",data:{detail:`it fails the schema's ${error.keyword} check`}}}}var NAME_RULES={Service:"dns1035Label",Namespace:"dns1123Label",Role:"pathSegment",ClusterRole:"pathSegment",RoleBinding:"pathSegment",ClusterRoleBinding:"pathSegment"},DNS1123_LABEL=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,DNS1035_LABEL=/^[a-z]([-a-z0-9]*[a-z0-9])?$/,DNS1123_SUBDOMAIN=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,DESCRIPTIONS={dns1123Subdomain:'a DNS-1123 subdomain (lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',dns1123Label:'a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',dns1035Label:'a DNS-1035 label (lower-case letters, digits and "-", starting with a letter and ending with a letter or digit, at most 63 characters)',pathSegment:'a valid name (not "." or "..", and without "/" or "%")'};function nameRule(kind){return NAME_RULES[kind]??"dns1123Subdomain"}function isValidName(rule,name){switch(rule){case"dns1123Subdomain":return name.length<=253&&DNS1123_SUBDOMAIN.test(name);case"dns1123Label":return name.length<=63&&DNS1123_LABEL.test(name);case"dns1035Label":return name.length<=63&&DNS1035_LABEL.test(name);case"pathSegment":return name!=="."&&name!==".."&&!/[/%]/.test(name)}}function describeNameRule(rule){return DESCRIPTIONS[rule]}function nameProblems(root){let metadata=asObject(root.metadata),named=value=>typeof value=="string"&&value!=="";return named(metadata?.name)||named(metadata?.generateName)?[]:metadata?.name!==void 0&&typeof metadata.name!="string"?[]:[{kind:"missingField",path:metadata?["metadata"]:["kind"],target:"key",field:"metadata.name",data:{where:metadata?"under metadata":"as metadata: {name: ...}"}}]}function nameFormatProblems(kind,root){let metadata=asObject(root.metadata),problems=[],check=(field,rule)=>{let value=metadata?.[field];typeof value=="string"&&value!==""&&!isValidName(rule,value)&&problems.push({kind:"invalidFormat",path:["metadata",field],target:"value",field:`metadata.${field}`,data:{actual:describeValue(value),format:describeNameRule(rule)}})};return check("name",nameRule(kind)),check("namespace","dns1123Label"),problems}function disruptionBudgetProblems(root){let spec=asObject(root.spec);if(!spec)return[];let problems=[];for(let field of["minAvailable","maxUnavailable"]){let value=spec[field],percent=typeof value=="string"?/^(\d+)%$/.exec(value.trim()):null;percent&&Number(percent[1])>100&&problems.push({kind:"outOfRange",path:["spec",field],target:"value",field:`spec.${field}`,data:{actual:value,bound:"between 0% and 100%"}})}return spec.minAvailable!==void 0&&spec.maxUnavailable!==void 0&&problems.push({kind:"invalid",path:["spec","maxUnavailable"],target:"key",field:"spec.maxUnavailable",data:{detail:"minAvailable and maxUnavailable cannot both be set"}}),problems}var POD_TEMPLATE_KINDS=["DaemonSet","Deployment","Job","ReplicaSet","ReplicationController","StatefulSet"],REPLICATED_KINDS=new Set(["Deployment","ReplicaSet","ReplicationController","StatefulSet"]),HPA=new Set(["HorizontalPodAutoscaler"]);function podSpecChecks(){return[[["Pod"],["spec"]],[["PodTemplate"],["template","spec"]],[POD_TEMPLATE_KINDS,["spec","template","spec"]],[["CronJob"],["spec","jobTemplate","spec","template","spec"]]].flatMap(([kinds,podSpec])=>["containers","initContainers"].map(list=>({kinds:new Set(kinds),path:[...podSpec,list,"*","ports","*","containerPort"],minimum:1,maximum:65535})))}var RANGE_CHECKS=[{kinds:REPLICATED_KINDS,path:["spec","replicas"],minimum:0},{kinds:HPA,path:["spec","minReplicas"],minimum:1,note:"0 needs the alpha HPAScaleToZero feature gate"},{kinds:HPA,path:["spec","maxReplicas"],minimum:1},...["scaleUp","scaleDown"].flatMap(direction=>[{kinds:HPA,path:["spec","behavior",direction,"stabilizationWindowSeconds"],minimum:0,maximum:3600},{kinds:HPA,path:["spec","behavior",direction,"policies","*","value"],minimum:1},{kinds:HPA,path:["spec","behavior",direction,"policies","*","periodSeconds"],minimum:1,maximum:1800}]),{kinds:new Set(["Service"]),path:["spec","ports","*","port"],minimum:1,maximum:65535},...podSpecChecks()],RANGE_CHECKS_BY_KIND=new Map;for(let check of RANGE_CHECKS)for(let kind of check.kinds){let checks=RANGE_CHECKS_BY_KIND.get(kind)??[];checks.push(check),RANGE_CHECKS_BY_KIND.set(kind,checks)}function describeBound(check){let bound=check.minimum!==void 0&&check.maximum!==void 0?`between ${check.minimum} and ${check.maximum}`:check.minimum!==void 0?`>= ${check.minimum}`:`<= ${String(check.maximum)}`;return check.note?`${bound} (${check.note})`:bound}function collectRangeProblems(kind,root,problems){let checks=RANGE_CHECKS_BY_KIND.get(kind);if(!checks)return;let path2=[];for(let check of checks)walkPattern(root,check,0,path2,problems)}function walkPattern(value,check,depth,path2,problems){if(depth===check.path.length){if(typeof value!="number")return;(check.minimum!==void 0&&value<check.minimum||check.maximum!==void 0&&value>check.maximum)&&problems.push({kind:"outOfRange",path:[...path2],target:"value",field:fieldName(path2),data:{actual:String(value),bound:describeBound(check)}});return}let segment=check.path[depth]??"";if(segment==="*"){if(Array.isArray(value))for(let index=0;index<value.length;index++)path2.push(index),walkPattern(value[index],check,depth+1,path2,problems),path2.pop();return}let object=asObject(value);object&&Object.prototype.hasOwnProperty.call(object,segment)&&(path2.push(segment),walkPattern(object[segment],check,depth+1,path2,problems),path2.pop())}function collectUnknownFields(value,ref,path2,shapes,problems){let shape=ref<0?void 0:shapes[ref];if(!shape||typeof value!="object"||value===null)return;if("a"in shape){if(Array.isArray(value))for(let index=0;index<value.length;index++)path2.push(index),collectUnknownFields(value[index],shape.a,path2,shapes,problems),path2.pop();return}if(Array.isArray(value))return;let object=value;for(let key in object){let member=object[key],child="m"in shape?shape.m:shape.p[key];if(child===void 0){let fieldPath=[...path2,key],suggestion=closestName(key,Object.keys(shape.p));problems.push({kind:"unknownField",path:fieldPath,target:"key",field:fieldName(fieldPath),data:{hint:suggestion?` (did you mean "${suggestion}"?)`:""}})}else child>=0&&typeof member=="object"&&member!==null&&(path2.push(key),collectUnknownFields(member,child,path2,shapes,problems),path2.pop())}}var validators=new Map,fieldTable,kindChecks=new Map;function checksOf(object){let known=kindChecks.get(object.apiVersion)?.get(object.kind);if(known)return known;let key=schemaKey(object),validate=validators.get(key);if(!validate||!fieldTable)return;let checks={validate,shape:fieldTable.roots[key]},byKind=kindChecks.get(object.apiVersion);return byKind||(byKind=new Map,kindChecks.set(object.apiVersion,byKind)),byKind.set(object.kind,checks),checks}function schemaKey(object){return`${object.apiVersion}/${object.kind}`}function hasSchema(object){return Object.prototype.hasOwnProperty.call(SCHEMAS,schemaKey(object))}function schemaSource(object){return hasSchema(object)?SCHEMAS[schemaKey(object)]?.source:void 0}async function loadSchemas(objects){let missing=new Set,seen=new PerType;for(let object of objects)seen.get(object.apiVersion,object.kind,()=>{let key=schemaKey(object);return!validators.has(key)&&hasSchema(object)&&missing.add(key),!0});if(missing.size===0)return;let loads=[...missing].map(async key=>{let entry=SCHEMAS[key];entry&&validators.set(key,validatorOf(await entry.load()))});fieldTable||loads.push(loadFieldShapes().then(module=>{fieldTable={shapes:module.FIELD_SHAPES,roots:module.FIELD_ROOTS}})),await Promise.all(loads)}function checkObject(object,options){let checks=checksOf(object);if(!checks||!fieldTable){if(!hasSchema(object))return;throw new Error(`The schema of ${schemaKey(object)} was not loaded: await loadSchemas() (the rule's prepare step) first.`)}let{validate}=checks,root=object.object,problems;try{problems=validate(root)?[]:interpretErrors(root,validate.errors??[])}catch(error){if(!(error instanceof RangeError))throw error;return[{kind:"invalid",path:["kind"],target:"value",field:"(the object)",data:{detail:"it is nested too deeply to validate"}}]}let extra=nameProblems(root);if(extra.push(...nameFormatProblems(object.kind,root)),collectRangeProblems(object.kind,root,extra),object.kind==="PodDisruptionBudget"&&extra.push(...disruptionBudgetProblems(root)),extra.length>0){let invalidPaths=new Set(problems.map(problem=>problem.path.join("\0")));for(let problem of extra)invalidPaths.has(problem.path.join("\0"))||problems.push(problem)}if(options.unknownFields){let shape=checks.shape;shape!==void 0&&collectUnknownFields(root,shape,[],fieldTable.shapes,problems)}return problems.length===0?problems:sortProblems(root,problems).slice(0,options.limit)}function comparePaths(root,a,b){let parent=root,length=Math.min(a.length,b.length);for(let index=0;index<length;index++){let left=a[index],right=b[index];if(left===right){parent=Array.isArray(parent)?parent[left]:asObject(parent)?.[String(left)];continue}if(typeof left=="number"&&typeof right=="number")return left-right;let keys=Object.keys(asObject(parent)??{}),position=key=>{let found=keys.indexOf(String(key));return found===-1?keys.length:found};return position(left)-position(right)||(String(left)<String(right)?-1:1)}return a.length-b.length}function sortProblems(root,problems){return problems.sort((a,b)=>comparePaths(root,a.path,b.path)||(a.kind<b.kind?-1:a.kind>b.kind?1:0))}var CUSTOM_RESOURCES="VerticalPodAutoscaler, ServiceMonitor, PodMonitor, PrometheusRule, ScaledObject, ScaledJob and (Cluster)TriggerAuthentication",schema_invalid_default={id:"schema-invalid",meta:{description:"Require every object to match the Kubernetes schema of its apiVersion and kind",severity:"error",category:"set",kinds:["*"],scope:"object",messages:{invalidType:"{{kind}} {{object}}: {{field}} must be {{expected}}, not {{actual}}{{hint}}; the API server rejects the object, so the apply or sync fails.",missingField:"{{kind}} {{object}}: {{field}} is required but missing, so the API server rejects the object; add it {{where}}.",invalidValue:"{{kind}} {{object}}: {{field}} must be {{allowed}}, not {{actual}}; the API server rejects the object.",invalidFormat:"{{kind}} {{object}}: {{field}} is {{actual}}, which is not {{format}}; the API server rejects the object.",outOfRange:"{{kind}} {{object}}: {{field}} is {{actual}} but must be {{bound}}; the API server rejects the object.",invalid:"{{kind}} {{object}}: {{field}} is invalid ({{detail}}); the API server rejects the object.",unknownField:"{{kind}} {{object}}: {{field}} is not a field of {{apiVersion}} {{kind}}{{hint}}; kubectl apply and Argo CD reject unknown fields under strict field validation, and lenient validation drops them silently. Remove it or fix its name."},rationale:`An object that does not match its schema is rejected by the API server: kubectl apply stops with an error and an Argo CD sync fails, often only in the pipeline after the pull request was merged. A field the schema does not know is rejected under strict field validation (the kubectl and server-side apply default) and silently dropped otherwise \u2014 a misspelt \`replica:\` or \`minReplica:\` then leaves the default in place. scaleplan checks the common built-in kinds (workloads, autoscalers, disruption budgets, services, ingresses, quotas, RBAC and others) and ${CUSTOM_RESOURCES} against the kubernetes-models schemas of Kubernetes ${SCHEMA_KUBERNETES_VERSION}, plus the value bounds the API server enforces beyond the OpenAPI schema (replicas >= 0, HPA minReplicas >= 1, PodDisruptionBudget minAvailable and maxUnavailable non-negative and at most 100%, ports 1-65535, HPA behavior limits) and metadata.name and metadata.namespace (present, and in the form the API server requires of the kind: a DNS-1035 label for Services, a DNS-1123 label for Namespaces and namespaces, a path segment for RBAC objects, a DNS-1123 subdomain otherwise). The schemas are those of ${SCHEMA_KUBERNETES_VERSION} whatever --kube-version says: a field added after the target version passes, and an API version the target no longer serves is checked against its own older schema while deprecated-api reports the removal. Kinds scaleplan has no schema for \u2014 other CRDs, cluster-internal kinds \u2014 are skipped silently, like kubeconform -ignore-missing-schemas; a built-in kind under an API version no Kubernetes release serves (\`apps/v2\` Deployment, \`v1\` PodDisruptionBudget) is unknown-api-version's. The duration fields of a PrometheusRule (\`interval\`, \`query_offset\`, \`for\`, \`keep_firing_for\`) are left to prometheus-rule-invalid, which reports them at the same place with the duration meant.`,remediation:"Fix the field the finding points at: use the type and values the message names (quote strings, unquote numbers), add missing required fields, and remove or rename unknown ones.",defaultOptions:{unknownFields:!0,maxPerObject:10},optionsSchema:{type:"object",properties:{unknownFields:{type:"boolean",description:"Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries."},maxPerObject:{type:"integer",minimum:1,description:"Most findings reported for one object; the rest show after those are fixed."}},additionalProperties:!1},examples:{incorrect:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: two
  maxReplica: 6
`,correct:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 6
`},peers:"kube-linter schema-validation / kubeconform template (strict, ignoreMissingSchemas) and kubeconform itself. scaleplan reports each invalid field at its line instead of one message per object, and checks the API server value bounds that the OpenAPI schema leaves out."},prepare(manifests){return loadSchemas(manifests)},create(context){return{"*"(manifest,options){let problems=checkObject(manifest,{unknownFields:options.unknownFields,limit:options.maxPerObject});for(let problem of problems??[]){if(ownedByPrometheusRuleInvalid(manifest.kind,problem.path))continue;let crdUnknownField=problem.kind==="unknownField"&&schemaSource(manifest)==="crd";context.report({manifest,path:problem.path,target:problem.target,messageId:problem.kind,data:{...problem.data,field:problem.field,kind:manifest.kind,object:manifest.name===""?"(no name)":`"${manifest.name}"`,apiVersion:manifest.apiVersion},...crdUnknownField?{severity:"warning"}:{}})}for(let problem of disruptionValueProblems(manifest))context.report({manifest,path:problem.path,target:"value",messageId:"outOfRange",data:{kind:manifest.kind,object:`"${manifest.name}"`,field:problem.field,actual:problem.actual,bound:problem.bound}})}}}};function ownedByPrometheusRuleInvalid(kind,path2){if(kind!=="PrometheusRule"||path2[0]!=="spec"||path2[1]!=="groups")return!1;let field=path2[3];return path2.length===4?field==="interval"||field==="query_offset":path2.length===6&&field==="rules"&&(path2[5]==="for"||path2[5]==="keep_firing_for")}var service_no_match_default={id:"service-no-match",meta:{description:"Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare",severity:"warning",category:"references",kinds:[SERVICE_KIND],scope:"set",messages:{noMatch:`Service "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; the Service gets no endpoints, so every connection to it fails (an Ingress in front of it answers 503). Match the labels of the pod template (spec.template.metadata.labels), not the workload's own labels.`,namedTargetPortMissing:'Service "{{name}}" port {{port}} sends traffic to the container port named "{{target}}", but no container of {{workloads}} declares a {{protocol}} port with that name{{available}}; Kubernetes cannot resolve the name, so this port of the Service has no endpoints and its traffic goes nowhere. Name the container port "{{target}}", or set targetPort to a port the containers declare.',targetPortNotDeclared:'Service "{{name}}" port {{port}} sends traffic to port {{target}}, but the containers of {{workloads}} declare only {{declared}}; unless the application also listens on {{target}} without declaring it, connections are refused. Set targetPort to the port the application listens on (or declare it in the container).'},rationale:"A Service sends traffic to the pods whose labels match its `spec.selector`, in its own namespace, on `targetPort` (the `port` when absent). A selector with a typo, copied from another app, or written with the workload's own labels instead of its pod template's leaves the Service without endpoints: the API server accepts it, and every client, Ingress and ServiceMonitor behind it finds nothing. A named `targetPort` is resolved per pod against the names of the container ports (and the protocol): when no container declares that name, the pod is left out of that port's endpoints. A numeric `targetPort` works whether or not it is declared, so it is reported only when the pods declare their ports and none of them is that one, which is nearly always a wrong number. Services without a selector (Endpoints or EndpointSlices managed by hand or by an operator) and `ExternalName` Services are skipped. "+POD_LABEL_ASSUMPTIONS+" "+EXTERNAL_ASSUMPTIONS,remediation:"Copy the labels of the workload's `spec.template.metadata.labels` into the Service's `spec.selector`, create the Service in the workload's namespace, and point `targetPort` at a port the containers declare (by name or number). If the pods come from elsewhere, lint them together.",defaultOptions:{checkTargetPorts:!0},optionsSchema:{type:"object",properties:{checkTargetPorts:{type:"boolean",description:"Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)."}},additionalProperties:!1},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          ports: [{name: http, containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          ports: [{name: http, containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app.kubernetes.io/name: web}
  ports: [{port: 80, targetPort: http}]
`},peers:"kube-linter dangling-service and kube-score service-targets-pod check the selector the same way and skip ExternalName Services; kube-linter also reports a Service without a selector, which scaleplan leaves alone (its Endpoints are managed elsewhere). kube-linter invalid-target-ports checks only the syntax of port names; neither peer resolves a named targetPort against the container ports."},create(context){let checkPorts=(service,selected,port)=>{let target=port.targetPort??port.port,declared=selected.flatMap(workload=>containerPorts(workload).map(containerPort=>({workload,containerPort}))),report=(path2,messageId,data)=>{let workloads2=wordList(selected.map(workload=>`${workload.kind} "${workload.manifest.name}"`)),related=selected.slice(0,3).map(workload=>({manifest:workload.templateManifest,path:[...workload.podSpecPath,"containers"],target:"key",message:`The containers of ${workload.kind} "${workload.manifest.name}", which the Service selects.`}));context.report({manifest:service,path:path2,messageId,data:{name:service.name,port:describeServicePort(port),workloads:workloads2,...data},related})};if(typeof target=="string"&&!/^\d+$/.test(target)){if(declared.some(({containerPort})=>containerPort.name===target&&containerPort.protocol===port.protocol))return;let names2=[...new Set(declared.flatMap(({containerPort})=>containerPort.name??[]))],otherProtocol=declared.find(({containerPort})=>containerPort.name===target)?.containerPort.protocol;report([...port.path,"targetPort"],"namedTargetPortMissing",{target,protocol:port.protocol,available:otherProtocol?` ("${target}" is a ${otherProtocol} port, the Service port is ${port.protocol})`:names2.length>0?` (they declare ${quotedList(names2)})`:" (they declare no named ports)"});return}if(typeof target!="number")return;let numbers=declared.flatMap(({containerPort})=>containerPort.containerPort===void 0?[]:[containerPort.containerPort]);numbers.length===0||numbers.includes(target)||report([...port.path,port.targetPort===void 0?"port":"targetPort"],"targetPortNotDeclared",{target,declared:wordList([...new Set(numbers)].map(String))})};return{[SERVICE_KIND](service,options){if(serviceType(service)==="ExternalName")return;let parsed=parseMapSelector(service.get(["spec","selector"]));if(!("selector"in parsed)||parsed.selector.matchesNone)return;let selected=context.set.workloadsSelectedBy(service.namespace,parsed.selector);if(selected.length>0){if(options.checkTargetPorts&&selected.every(workload=>workload.containersKnown))for(let port of readServicePorts(service))checkPorts(service,selected,port);return}if(context.set.podsMayBeOutside(service.namespace,parsed.selector))return;let elsewhere=workloadElsewhere(context.set,parsed.selector,service.namespace);context.report({manifest:service,path:["spec","selector"],target:"key",messageId:"noMatch",data:{name:service.name,selector:`"${describeSelector(parsed.selector)}"`,namespace:service.namespace,elsewhere:elsewhereNote(elsewhere,"but a Service only selects pods of its own namespace")},...elsewhereRelated(elsewhere)})}}}};function selectedServices(set,namespaces,selector){return namespaces.any?[...set.servicesSelectedBy("*",selector)]:namespaces.names.flatMap(namespace=>set.servicesSelectedBy(namespace,selector))}function selectedWorkloads(set,namespaces,selector){return(namespaces.any?[...set.workloadNamespaces()]:namespaces.names).flatMap(namespace=>set.workloadsSelectedBy(namespace,selector))}function workloadsBehind(set,services){let result=new Set;for(let service of services){let parsed=parseMapSelector(service.get(["spec","selector"]));"selector"in parsed&&set.workloadsSelectedBy(service.namespace,parsed.selector).forEach(workload=>result.add(workload))}return[...result]}function hasContainerPort(workloads2,target){return workloads2.some(workload=>containerPorts(workload).some(port=>typeof target=="number"?port.containerPort===target:port.name===target))}function declaresPorts(workloads2){return workloads2.some(workload=>containerPorts(workload).length>0)}function names(items){return wordList(items.slice(0,3).map(item=>`"${item.name}"`))+(items.length>3?" \u2026":"")}var servicemonitor_no_match_default={id:"servicemonitor-no-match",meta:{description:"Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have",severity:"warning",category:"references",kinds:[SERVICE_MONITOR_KIND,POD_MONITOR_KIND],scope:"set",messages:{noService:`ServiceMonitor "{{name}}" selects Services labelled {{selector}} in {{namespaces}}, but no Service in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics (and every alert and autoscaler that reads them) are missing without an error. Select the labels in the Service's metadata.labels, and list its namespace in spec.namespaceSelector.matchNames when it is not the ServiceMonitor's own.`,noPod:'PodMonitor "{{name}}" selects pods labelled {{selector}} in {{namespaces}}, but no pod template in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics are missing without an error. Select the labels of the pod template (spec.template.metadata.labels).',portMissing:'ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes the Service port named "{{port}}", but {{services}} {{have}} no port with that name (ports: {{available}}); prometheus-operator matches endpoints[].port against the Service port name only, so nothing is scraped. Name the Service port "{{port}}", or set port to one of the names.',podPortMissing:'PodMonitor "{{name}}" podMetricsEndpoints[{{index}}] scrapes the container port {{port}}, but no container of {{workloads}} declares it (declared: {{available}}); prometheus-operator keeps only targets whose container port matches, so nothing is scraped. Declare the port in the container, or point the endpoint at a declared one.',targetPortMissing:`ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes targetPort {{port}}, but no container of {{workloads}} (behind the selected Services) declares it (declared: {{available}}); prometheus-operator matches targetPort against the pods' container ports, so nothing is scraped. Use port with the Service port name instead, or declare the container port.`},rationale:"prometheus-operator turns a ServiceMonitor into a scrape job over the Endpoints of the Services whose own labels (`metadata.labels`, not their selector) match `spec.selector` (`matchLabels` and `matchExpressions`; an absent selector selects every Service) in the namespaces of `spec.namespaceSelector` (its own namespace by default, `matchNames` for others, `any: true` for all). Each endpoint then keeps only the Service port whose *name* equals `port` (an unnamed port never matches), or the pod container port given by `targetPort`. A PodMonitor selects pods by their labels the same way and keeps the container ports named by `podMetricsEndpoints[].port`. None of this is validated: a wrong label, a Service in another namespace or an unnamed port leave Prometheus with no targets, and the alerts and autoscaling that depend on the metrics go quiet instead of failing. "+POD_LABEL_ASSUMPTIONS+" "+EXTERNAL_ASSUMPTIONS,remediation:"Select labels that the Service itself carries (or, for a PodMonitor, the pod template's labels), list the Service's namespace under `namespaceSelector.matchNames` when it differs, and give the Service port a `name` that the endpoint's `port` uses. If the Services come from elsewhere, lint them together.",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app.kubernetes.io/name: web}
spec:
  selector: {app.kubernetes.io/name: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  endpoints:
    - port: metrics
      interval: 30s
`,correct:`apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app.kubernetes.io/name: web}
spec:
  selector: {app.kubernetes.io/name: web}
  ports:
    - {name: http, port: 80, targetPort: 8080}
    - {name: metrics, port: 9090}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  endpoints:
    - port: metrics
      interval: 30s
`},peers:"kube-linter dangling-servicemonitor checks the Service selection (labels and namespaceSelector) but not the endpoint ports or PodMonitors; kube-score, Polaris and the Kyverno policies do not look at ServiceMonitors."},create(context){let{set}=context,serviceHint=(monitor,namespaces,selector)=>{let elsewhere=set.servicesSelectedBy("*",selector)[0];if(elsewhere)return{hint:` (Service "${elsewhere.name}" in namespace "${elsewhere.namespace}" does, outside the namespaces the ServiceMonitor looks in)`,related:{manifest:elsewhere,path:["metadata","labels"],target:"key",message:`These labels match, in namespace "${elsewhere.namespace}".`}};let bySelector=(namespaces.any?set.byKind(SERVICE_KIND):namespaces.names.flatMap(namespace=>set.byKindIn(SERVICE_KIND,namespace))).find(service=>{let parsed=parseMapSelector(service.get(["spec","selector"]));return"selector"in parsed&&!parsed.selector.matchesNone&&selectorMatches(selector,parsed.selector.matchLabels)});return bySelector?{hint:` (Service "${bySelector.name}" selects pods with those labels, but does not carry them in its own metadata.labels)`,related:{manifest:bySelector,path:["spec","selector"],target:"key",message:`Service "${bySelector.name}" has these labels only in spec.selector.`}}:{hint:""}},checkServiceMonitor=monitor=>{let namespaces=readMonitorNamespaces(monitor),parsed=readMonitorSelector(monitor);if(!namespaces||!("selector"in parsed))return;let services=selectedServices(set,namespaces,parsed.selector),selectorPath=monitor.get(["spec","selector"])===void 0?["spec"]:["spec","selector"];if(services.length===0){if(namespaces.any?set.external.mayMatch(SERVICE_KIND,"*",parsed.selector):namespaces.names.some(namespace=>set.external.mayMatch(SERVICE_KIND,namespace,parsed.selector)))return;let{hint,related}=serviceHint(monitor,namespaces,parsed.selector);context.report({manifest:monitor,path:selectorPath,target:"key",messageId:"noService",data:{name:monitor.name,selector:isEmptySelector(parsed.selector)?"with anything ({})":`"${describeSelector(parsed.selector)}"`,namespaces:describeMonitorNamespaces(namespaces),hint},...related?{related:[related]}:{}});return}let ports=services.flatMap(service=>readServicePorts(service).map(port=>({service,port}))),behind;asArray(monitor.get(["spec","endpoints"])).forEach((entry,index)=>{let endpoint=asObject(entry);if(!endpoint)return;if(typeof endpoint.port=="string"&&endpoint.port!==""){let portName=endpoint.port;if(ports.some(({port})=>port.name===portName))return;context.report({manifest:monitor,path:["spec","endpoints",index,"port"],messageId:"portMissing",data:{name:monitor.name,index,port:portName,services:`${services.length===1?"Service":"Services"} ${names(services)}`,have:services.length===1?"has":"have",available:ports.length>0?wordList(ports.map(({port})=>port.name?`"${port.name}"`:`unnamed ${describeServicePort(port)}`)):"none"},related:services.slice(0,3).map(service=>({manifest:service,path:["spec","ports"],target:"key",message:`The ports of Service "${service.name}".`}))});return}let target=endpoint.targetPort;typeof target!="number"&&(typeof target!="string"||target==="")||(behind??=workloadsBehind(set,services),!(!behind.every(workload=>workload.containersKnown)||!declaresPorts(behind)||hasContainerPort(behind,target))&&context.report({manifest:monitor,path:["spec","endpoints",index,"targetPort"],messageId:"targetPortMissing",data:{name:monitor.name,index,port:typeof target=="number"?target:`"${target}"`,workloads:wordList(behind.slice(0,3).map(w=>`${w.kind} "${w.manifest.name}"`)),available:describeContainerPorts(behind)}}))})},checkPodMonitor=monitor=>{let namespaces=readMonitorNamespaces(monitor),parsed=readMonitorSelector(monitor);if(!namespaces||!("selector"in parsed))return;let workloads2=selectedWorkloads(set,namespaces,parsed.selector);if(workloads2.length===0){if(namespaces.any?set.podsMayBeOutside("*",parsed.selector):namespaces.names.some(namespace=>set.podsMayBeOutside(namespace,parsed.selector)))return;let elsewhere=workloadElsewhere(set,parsed.selector);context.report({manifest:monitor,path:monitor.get(["spec","selector"])===void 0?["spec"]:["spec","selector"],target:"key",messageId:"noPod",data:{name:monitor.name,selector:isEmptySelector(parsed.selector)?"with anything ({})":`"${describeSelector(parsed.selector)}"`,namespaces:describeMonitorNamespaces(namespaces),hint:elsewhereNote(elsewhere,"outside the namespaces the PodMonitor looks in")},...elsewhereRelated(elsewhere)});return}asArray(monitor.get(["spec","podMetricsEndpoints"])).forEach((entry,index)=>{let endpoint=asObject(entry);if(!endpoint)return;let[field,target]=typeof endpoint.port=="string"&&endpoint.port!==""?["port",endpoint.port]:typeof endpoint.portNumber=="number"?["portNumber",endpoint.portNumber]:["targetPort",endpoint.targetPort];if(typeof target!="number"&&(typeof target!="string"||target===""))return;let byName=field==="port";!workloads2.every(workload=>workload.containersKnown)||!byName&&!declaresPorts(workloads2)||hasContainerPort(workloads2,target)||context.report({manifest:monitor,path:["spec","podMetricsEndpoints",index,field],messageId:"podPortMissing",data:{name:monitor.name,index,port:typeof target=="number"?String(target):`named "${target}"`,workloads:wordList(workloads2.slice(0,3).map(w=>`${w.kind} "${w.manifest.name}"`)),available:describeContainerPorts(workloads2)}})})};return{[SERVICE_MONITOR_KIND](monitor){isMonitoringObject(monitor)&&checkServiceMonitor(monitor)},[POD_MONITOR_KIND](monitor){isMonitoringObject(monitor)&&checkPodMonitor(monitor)}}}};function describeContainerPorts(workloads2){let ports=workloads2.flatMap(workload=>containerPorts(workload));if(ports.length===0)return"none";let described=[...new Set(ports.map(port=>port.name?`"${port.name}" (${port.containerPort??"?"})`:String(port.containerPort??"?")))];return wordList(described)}var HOSTNAME_KEY="kubernetes.io/hostname",ZONE_KEY="topology.kubernetes.io/zone";function readSpreadTerms(podSpec,podSpecPath){if(!podSpec)return[];let terms=[],antiAffinity=asObject(asObject(podSpec.affinity)?.podAntiAffinity),base=[...podSpecPath,"affinity","podAntiAffinity"];return asArray(antiAffinity?.requiredDuringSchedulingIgnoredDuringExecution).forEach((entry,index)=>{let term=asObject(entry);term&&terms.push(termOf("podAntiAffinity",term,[...base,"requiredDuringSchedulingIgnoredDuringExecution",index]))}),asArray(antiAffinity?.preferredDuringSchedulingIgnoredDuringExecution).forEach((entry,index)=>{let term=asObject(asObject(entry)?.podAffinityTerm);term&&terms.push(termOf("podAntiAffinity",term,[...base,"preferredDuringSchedulingIgnoredDuringExecution",index,"podAffinityTerm"]))}),asArray(podSpec.topologySpreadConstraints).forEach((entry,index)=>{let constraint=asObject(entry);constraint&&terms.push(termOf("topologySpreadConstraints",constraint,[...podSpecPath,"topologySpreadConstraints",index]))}),terms}function termOf(source,raw,path2){let topologyKey=typeof raw.topologyKey=="string"?raw.topologyKey:void 0,parsed=raw.labelSelector===void 0||raw.labelSelector===null?void 0:parseLabelSelector(raw.labelSelector);return{source,topologyKey,selector:parsed&&"selector"in parsed?parsed.selector:void 0,path:path2,raw}}function countsOwnPods(term,labels,namespace){if(term.selector===void 0||!selectorMatches(term.selector,labels))return!1;let namespaces=asArray(term.raw.namespaces),hasNamespaceSelector=term.raw.namespaceSelector!==void 0&&term.raw.namespaceSelector!==null;return term.source!=="podAntiAffinity"||namespaces.length===0||hasNamespaceSelector||namespaces.includes(namespace)}var WHEN_UNSATISFIABLE=new Set(["DoNotSchedule","ScheduleAnyway"]),topology_spread_invalid_default={id:"topology-spread-invalid",meta:{description:"Require topology spread constraints that the API server accepts and that count the pods they belong to",severity:"error",category:"disruption",kinds:[...WORKLOAD_KINDS],scope:"object",messages:{maxSkew:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].maxSkew is {{actual}} but must be at least 1; the API server rejects the object.',whenUnsatisfiable:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].whenUnsatisfiable is {{actual}} but must be DoNotSchedule or ScheduleAnyway; the API server rejects the object.',minDomains:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}].minDomains {{problem}}; the API server rejects the object.',duplicate:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] repeats topologyKey {{topologyKey}} with whenUnsatisfiable {{when}} of constraint {{first}}; the API server rejects duplicate pairs. Merge them.',noSelector:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] has no labelSelector, so it counts no pods in any domain and spreads nothing. Set labelSelector to the pod template labels.',otherPods:'{{kind}} "{{name}}": topologySpreadConstraints[{{index}}] selects "{{selector}}", which its own pods (labelled {{labels}}) do not match; it balances other pods, not these, so they may all land in one domain. Set labelSelector to the pod template labels.'},rationale:"The API server validates each topology spread constraint: `maxSkew` at least 1, `whenUnsatisfiable` DoNotSchedule or ScheduleAnyway, `minDomains` at least 1 and only with DoNotSchedule, and no two constraints with the same topologyKey and whenUnsatisfiable. The OpenAPI schema checks none of this, so offline validation passes and the apply fails. Two mistakes pass the API server and silently spread nothing, and are warnings: a constraint without labelSelector (kube-scheduler counts no pods, so every domain looks empty), and one whose selector does not match the pod's own labels (it balances some other workload's pods). A malformed field is schema-invalid's.",remediation:"Use `maxSkew: 1`, `whenUnsatisfiable: ScheduleAnyway` (or DoNotSchedule with minDomains), one constraint per topologyKey and policy, and `labelSelector.matchLabels` equal to the pod template labels.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      topologySpreadConstraints:
        - maxSkew: 0
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {app: web}
      containers: [{name: web, image: web:1.0}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {app: web}
      containers: [{name: web, image: web:1.0}]
`},peers:"kube-score pod-topology-spread-constraints fails constraints with maxSkew below 1, whenUnsatisfiable outside the two values, or a selector that does not match the pod labels; Kyverno topologyspreadconstraints-policy requires a constraint count and keys. scaleplan checks the full API server validation and the selector."},create(context){let visit=manifest=>{let workload=context.set.workload(manifest);if(!workload?.containersKnown)return;let constraints=readSpreadTerms(workload.podSpec,workload.podSpecPath).filter(term=>term.source==="topologySpreadConstraints"),seen=new Map;constraints.forEach((term,index)=>{let base={kind:manifest.kind,name:manifest.name,index},{raw}=term;typeof raw.maxSkew=="number"&&raw.maxSkew<1&&context.report({manifest,path:[...term.path,"maxSkew"],target:"value",messageId:"maxSkew",data:{...base,actual:raw.maxSkew}});let when=raw.whenUnsatisfiable;if(typeof when=="string"&&!WHEN_UNSATISFIABLE.has(when)&&context.report({manifest,path:[...term.path,"whenUnsatisfiable"],target:"value",messageId:"whenUnsatisfiable",data:{...base,actual:`"${when}"`}}),typeof raw.minDomains=="number"){let problem=raw.minDomains<1?`is ${raw.minDomains} but must be at least 1`:when!=="DoNotSchedule"?"is set, which is only allowed with whenUnsatisfiable: DoNotSchedule":void 0;problem&&context.report({manifest,path:[...term.path,"minDomains"],target:"value",messageId:"minDomains",data:{...base,problem}})}if(typeof term.topologyKey=="string"&&typeof when=="string"){let key=`${term.topologyKey}\0${when}`,first=seen.get(key);first===void 0?seen.set(key,index):context.report({manifest,path:term.path,messageId:"duplicate",data:{...base,topologyKey:term.topologyKey,when,first}})}if(!workload.labelsKnown)return;let hasMatchLabelKeys=Array.isArray(raw.matchLabelKeys)&&raw.matchLabelKeys.length>0;if(raw.labelSelector===void 0||raw.labelSelector===null){hasMatchLabelKeys||context.report({manifest,path:term.path,messageId:"noSelector",severity:"warning",data:base});return}if(term.selector&&!countsOwnPods(term,workload.templateLabels,manifest.namespace)){let labels=Object.entries(workload.templateLabels);context.report({manifest,path:[...term.path,"labelSelector"],messageId:"otherPods",severity:"warning",data:{...base,selector:describeSelector(term.selector),labels:labels.length===0?"with nothing":`"${labels.map(([key,value])=>`${key}=${value}`).join(",")}"`}})}})};return Object.fromEntries([...WORKLOAD_KINDS].map(kind=>[kind,visit]))}};var table,builtInGroups;function groupOfApiVersion(apiVersion){let slash=apiVersion.indexOf("/");return slash===-1?"":apiVersion.slice(0,slash)}function load(){if(table&&builtInGroups)return{kinds:table,groups:builtInGroups};let kinds=new Map,groups=new Set,add=(apiVersion,kind,builtIn)=>{let entry=kinds.get(kind);entry||(entry={apiVersions:new Set,builtIn},kinds.set(kind,entry)),entry.apiVersions.add(apiVersion),builtIn&&groups.add(groupOfApiVersion(apiVersion))};for(let[key,entry]of Object.entries(SCHEMAS)){let slash=key.lastIndexOf("/");add(key.slice(0,slash),key.slice(slash+1),entry.source==="kubernetes")}for(let deprecation of API_DEPRECATIONS)add(deprecation.apiVersion,deprecation.kind,deprecation.project===void 0);for(let[,entry]of kinds)if(!entry.builtIn)for(let apiVersion of entry.apiVersions)groups.delete(groupOfApiVersion(apiVersion));return table=kinds,builtInGroups=groups,{kinds,groups}}function unservedApi(apiVersion,kind){if(apiVersion===""||kind==="")return;let{kinds,groups}=load(),entry=kinds.get(kind);if(!(!entry||entry.apiVersions.has(apiVersion)||!groups.has(groupOfApiVersion(apiVersion))))return{servedBy:[...entry.apiVersions].sort()}}var unknown_api_version_default={id:"unknown-api-version",meta:{description:"Disallow a built-in kind under an API version that does not serve it",severity:"error",category:"set",kinds:["*"],scope:"object",messages:{unserved:'{{kind}} "{{name}}" has apiVersion {{apiVersion}}, which does not serve {{kind}}; the API server rejects it ("no matches for kind {{kind}} in version {{apiVersion}}"), so the object never exists and no other rule counts it. Use {{use}}.'},rationale:"The API server finds the kind of an object through its apiVersion. When that group/version does not serve the kind (a `v1` PodDisruptionBudget, an `apps/v2` Deployment, an `autoscaling/v3` HorizontalPodAutoscaler), kubectl apply and Argo CD fail with \"no matches for kind\", and nothing the object describes reaches the cluster: a workload \"protected\" only by such a budget has none. Schema validation offline skips such objects (there is no schema for a version that does not exist), so scaleplan checks the version against every version of the kind that Kubernetes has served since 1.16 (current ones from the bundled schemas, removed ones from the deprecation table; deprecated-api reports those). Every other rule leaves the object out: it is not a budget, workload or autoscaler. Only kinds scaleplan knows under Kubernetes' own API groups are judged: another project may use the same kind name in its own group (Knative's `serving.knative.dev` Service), and a custom resource's group may serve versions newer than scaleplan's copy of its CRD.",remediation:"Use an apiVersion that serves the kind (`policy/v1` for PodDisruptionBudget, `apps/v1` for workloads, `autoscaling/v2` for HorizontalPodAutoscaler).",defaultOptions:{},examples:{incorrect:`apiVersion: v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,correct:`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`},peers:"kubeconform and kube-linter schema-validation skip an unknown apiVersion with -ignore-missing-schemas (or fail every unknown kind without it); Polaris, kube-score and Kyverno evaluate such an object as if the API server accepted it (all seven Polaris pdbDisruptionsIsZero fixtures are `apiVersion: v1` budgets)."},create(context){return{"*"(manifest){let unserved=unservedApi(manifest.apiVersion,manifest.kind);if(!unserved)return;let current=unserved.servedBy.filter(apiVersion=>findDeprecation(apiVersion,manifest.kind)===void 0),use=current.length>0?current:unserved.servedBy;context.report({manifest,path:["apiVersion"],target:"value",messageId:"unserved",data:{kind:manifest.kind,name:manifest.name===""?"(no name)":manifest.name,apiVersion:manifest.apiVersion,use:wordList(use.map(apiVersion=>`apiVersion: ${apiVersion}`),"or")}})}}}};var vpa_duplicate_default={id:"vpa-duplicate",meta:{description:"Disallow more than one VerticalPodAutoscaler on one workload",severity:"error",category:"autoscaling",kinds:[VPA_KIND],scope:"set",messages:{duplicate:'VerticalPodAutoscaler "{{vpa}}" targets {{kind}} "{{target}}", which VerticalPodAutoscaler "{{first}}" already targets; with two VPAs on one workload the updater and the admission controller pick one at random for each pod, so requests flip between two recommendations and pods are evicted again and again. Keep one VPA per workload.'},rationale:'The VPA documentation calls more than one VPA matching the same pods undefined behaviour: the admission controller applies whichever VPA it finds first for each new pod, the updater evicts pods whose requests differ from "their" recommendation, and the two recommenders never converge. It usually happens when a chart ships a VPA and a platform team adds another. Both objects must target the same workload (group, kind, name, namespace) in the set; the second and later ones are reported, pointing at the first.',remediation:"Delete the extra VerticalPodAutoscaler, or merge its container policies into the first.",defaultOptions:{},examples:{incorrect:`apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web-memory
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
`,correct:`apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: api
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
`},peers:"Kyverno prevent-duplicate-vpa (other/prevent-duplicate-vpa) denies a second VPA for the same target at admission; scaleplan reports it in the set, also when the target workload is not in it."},create(context){let keyOf=manifest=>{let ref=readTargetRef(manifest);if(!ref)return;let group2=ref.apiVersion===void 0?"":ref.apiVersion.split("/").slice(0,-1).join("/");return[manifest.namespace,group2,ref.kind,ref.name].join("\0")},firsts,firstOf=key=>{if(!firsts){firsts=new Map;for(let vpa of context.set.byKind(VPA_KIND)){let vpaKey=keyOf(vpa);vpaKey!==void 0&&!firsts.has(vpaKey)&&firsts.set(vpaKey,vpa)}}return firsts.get(key)};return{[VPA_KIND](manifest){let ref=readTargetRef(manifest),key=keyOf(manifest);if(!ref||key===void 0)return;let firstVpa=firstOf(key);if(!firstVpa||firstVpa===manifest)return;let earlier=firstVpa.name;context.report({manifest,path:[...ref.path,"name"],target:"value",messageId:"duplicate",data:{vpa:manifest.name,kind:ref.kind,target:ref.name,first:earlier},related:[{manifest:firstVpa,path:[...ref.path,"name"],message:`VerticalPodAutoscaler "${earlier}" targets it first.`}]})}}}};var vpa_target_missing_default={id:"vpa-target-missing",meta:{description:"Require the targetRef of a VerticalPodAutoscaler to name a workload in the set",severity:"warning",category:"autoscaling",kinds:[VPA_KIND],scope:"set",messages:{missing:'VerticalPodAutoscaler "{{vpa}}" targets {{kind}} "{{target}}", which is not in the set (namespace "{{namespace}}"); the recommender finds no pods, so the VPA never recommends or applies requests. Fix targetRef, or lint the workload together with its VPA.'},rationale:"The VPA recommender resolves `spec.targetRef` (API group, kind, name, in the VPA's namespace) through the scale subresource to find the pods it sizes. A typo or a renamed workload leaves the VPA with no pods: it reports no recommendation and the workload keeps whatever requests it had, while everyone believes they are being managed. The API server accepts such a VPA. "+EXTERNAL_ASSUMPTIONS,remediation:"Point `targetRef` at the workload (apiVersion, kind and name exactly as written, same namespace), or lint the workload with it.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: wbe}
  updatePolicy: {updateMode: "Off"}
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  updatePolicy: {updateMode: "Off"}
`},peers:"Kyverno verify-vpa-target (other/verify-vpa-target) looks the target up in the live cluster with an API call; scaleplan looks in the linted set and the declared external objects."},create(context){return{[VPA_KIND](manifest){let ref=readTargetRef(manifest);!ref||context.set.resolveTarget(ref,manifest.namespace)||context.set.external.mayExist(ref.kind,manifest.namespace,ref.name)||context.report({manifest,path:[...ref.path,"name"],target:"value",messageId:"missing",data:{vpa:manifest.name,kind:ref.kind,target:ref.name,namespace:manifest.namespace}})}}}};var KINDS2=["Deployment","StatefulSet","Rollout"],workload_no_spread_default={id:"workload-no-spread",meta:{description:"Require replicated or autoscaled workloads to spread their pods over nodes or zones with pod anti-affinity or a topology spread constraint",severity:"info",category:"disruption",kinds:[...KINDS2],scope:"set",messages:{noSpread:'{{kind}} "{{name}}" runs up to {{max}} replicas but neither pod anti-affinity nor a topology spread constraint over {{keys}} selects its own pods; the scheduler may put several (or all) of them on one node or in one zone, and losing that node or zone takes them down together. Add a topologySpreadConstraint with topologyKey {{firstKey}} and a labelSelector matching the pod template labels.',keyMissing:'{{kind}} "{{name}}" runs up to {{max}} replicas and spreads them over {{covered}} but not over {{missing}}, which requireEveryKey asks for, so several of them may still share one domain of {{missing}} and go down together. Add a topologySpreadConstraint with topologyKey {{firstKey}} and a labelSelector matching the pod template labels.'},rationale:"Replicas protect a service only if they fail independently. Without an explicit rule, the scheduler's default spreading (the cluster-level PodTopologySpread defaults: maxSkew 3 over hostname and 5 over zone, ScheduleAnyway, for pods behind a Service or controller) is only a scoring preference that loses against resource fit, so a three-replica Deployment can land on one node. A term counts when its topologyKey is one of `topologyKeys` and its labelSelector matches the workload's own pod labels (a selector for other pods spreads nothing); one such term is enough, or, with `requireEveryKey`, one per key (spreading over zones alone can still stack a zone's pods on one node). Workloads with at most one replica and no autoscaler are not checked. Because the scheduler's defaults already spread most pods somewhat, this is an info and off in the recommended pack; the strict pack turns it on as a warning.",remediation:"Add `topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: <pod labels>}}]` (and one over `kubernetes.io/hostname`), or a preferred pod anti-affinity over `kubernetes.io/hostname`.",defaultOptions:{topologyKeys:[HOSTNAME_KEY,ZONE_KEY],requireEveryKey:!1},optionsSchema:{type:"object",properties:{topologyKeys:{type:"array",items:{type:"string"},minItems:1,description:"Topology keys a spreading term must use to count."},requireEveryKey:{type:"boolean",description:"Require a spreading term over every key of `topologyKeys` instead of over one of them."}},additionalProperties:!1},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {app: web}
      containers: [{name: web, image: web:1.0}]
`},peers:"kube-linter no-anti-affinity (replicas above 1, anti-affinity over hostname only), kube-score deployment-has-host-podantiaffinity / statefulset-has-host-podantiaffinity and pod-topology-spread-constraints, Polaris topologySpreadConstraint (a constraint over hostname or zone). Kyverno topologyspreadconstraints-policy (constraints over both hostname and zone, from 3 replicas). scaleplan accepts either mechanism, over hostname or zone (both with `requireEveryKey`), and also counts autoscaled workloads by their maximum."},create(context){let visit=(manifest,options)=>{let workload=context.set.workload(manifest);if(!workload?.labelsKnown||!workload.containersKnown)return;let max=context.set.maximumReplicas(workload);if(max===void 0||max<2)return;let covered=new Set(readSpreadTerms(workload.podSpec,workload.podSpecPath).filter(term=>countsOwnPods(term,workload.templateLabels,manifest.namespace)).map(term=>term.topologyKey)),spreadOver=options.topologyKeys.filter(key=>covered.has(key)),missing=options.topologyKeys.filter(key=>!covered.has(key));if(!(spreadOver.length>0&&(!options.requireEveryKey||missing.length===0))){if(spreadOver.length>0){context.report({manifest,path:["metadata","name"],target:"value",messageId:"keyMissing",data:{kind:manifest.kind,name:manifest.name,max,covered:wordList(spreadOver,"and"),missing:wordList(missing,"and"),firstKey:missing[0]??ZONE_KEY}});return}context.report({manifest,path:["metadata","name"],target:"value",messageId:"noSpread",data:{kind:manifest.kind,name:manifest.name,max,keys:wordList(options.topologyKeys,"or"),firstKey:options.topologyKeys[options.topologyKeys.length-1]??ZONE_KEY}})}};return Object.fromEntries(KINDS2.map(kind=>[kind,visit]))}};var KINDS3=["Deployment","StatefulSet","ReplicaSet","DaemonSet","ReplicationController","Job"],DEFAULTS_SELECTOR=new Set(["extensions/v1beta1","apps/v1beta1","apps/v1beta2"]),workload_selector_mismatch_default={id:"workload-selector-mismatch",meta:{description:"Require a workload's selector to match the labels of its own pod template",severity:"error",category:"set",kinds:[...KINDS3],scope:"object",messages:{mismatch:'{{kind}} "{{name}}" selects "{{selector}}" but its pod template is labelled {{labels}}; the API server rejects it ("selector does not match template labels"), so the apply or sync fails. Make spec.selector a subset of spec.template.metadata.labels.',empty:'{{kind}} "{{name}}" has an empty selector; the API server rejects it ("empty selector is invalid"), since the controller would adopt every pod of the namespace. Select the pod template labels.'},rationale:"A controller owns the pods its selector matches, so the API server refuses a Deployment, StatefulSet, ReplicaSet, DaemonSet or ReplicationController whose selector does not match its own pod template (or is empty, in apps/v1): the pods it would create would not be its own. The OpenAPI schema cannot express this, so schema validation offline passes while kubectl apply and Argo CD fail. Every other rule that follows the pods (budgets, Services, autoscalers) would otherwise judge a workload that never exists. Selectors that default to the template labels (absent in extensions/v1beta1, apps/v1beta1 and v1beta2, or in a ReplicationController) and Jobs without manualSelector (the Job controller generates the selector) are not judged; a malformed or missing selector is schema-invalid's.",remediation:"Copy `spec.selector.matchLabels` from the pod template labels (or add the missing labels to the template). The selector of an existing Deployment or StatefulSet is immutable: changing it means recreating the object.",defaultOptions:{},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: webapp}
    spec:
      containers: [{name: web, image: web:1.0}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`},peers:"kube-linter mismatching-selector (Deployments and OpenShift DeploymentConfigs, which scaleplan does not lint) and kube-score statefulset-pod-selector-labels-match-template-metadata-labels (StatefulSets only) check the same condition; scaleplan checks every controller kind the API server checks."},create(context){let visit=manifest=>{let templatePath=podTemplatePath(manifest.kind);if(!templatePath||manifest.group==="apps.openshift.io")return;let raw=manifest.get(["spec","selector"]),isController=manifest.kind==="ReplicationController";if(raw==null||manifest.kind==="Job"&&manifest.get(["spec","manualSelector"])!==!0)return;let parsed=isController?parseMapSelector(raw):parseLabelSelector(raw);if(!("selector"in parsed))return;let selector=parsed.selector;if(selector.matchesNone)return;if(isEmptySelector(selector)){if(isController||DEFAULTS_SELECTOR.has(manifest.apiVersion))return;context.report({manifest,path:["spec","selector"],messageId:"empty",data:{kind:manifest.kind,name:manifest.name}});return}let labels=labelsAt(manifest.object,[...templatePath,"metadata","labels"]);if(selectorMatches(selector,labels))return;let written=Object.entries(labels);context.report({manifest,path:["spec","selector"],messageId:"mismatch",data:{kind:manifest.kind,name:manifest.name,selector:describeSelector(selector),labels:written.length===0?"with nothing":`"${written.map(([key,value])=>`${key}=${value}`).join(",")}"`}})};return Object.fromEntries(KINDS3.map(kind=>[kind,visit]))}};var KINDS4=["Deployment","StatefulSet","Rollout"],workload_single_replica_default={id:"workload-single-replica",meta:{description:"Require Deployments, StatefulSets and Argo Rollouts without an autoscaler to run more than one replica",severity:"info",category:"autoscaling",kinds:[...KINDS4],scope:"set",messages:{single:'{{kind}} "{{name}}" runs {{replicas}} ({{source}}) and no autoscaler scales it; every rollout, node drain or crash takes the service down until the replacement is ready. Set spec.replicas to at least {{minimum}}, or add a HorizontalPodAutoscaler with minReplicas {{minimum}}.'},rationale:"A workload with one pod has no redundancy: a node drain, a cluster-autoscaler scale-down, an eviction or a crash leaves it with no ready pod until the new one starts, and a PodDisruptionBudget cannot protect it without blocking every drain (pdb-blocks-eviction). An autoscaled workload is left to hpa-min-replicas, and `replicas: 0` (scaled down on purpose) is not reported. Many single-replica workloads are deliberate (leader-elected controllers, operators, singletons with a ReadWriteOnce volume), so the rule is off in the recommended pack and an info in the strict pack; turn it on where every workload should be redundant.",remediation:"Run at least two replicas (`spec.replicas: 2`), or let an autoscaler own the count with `minReplicas: 2`.",defaultOptions:{minimum:2},optionsSchema:{type:"object",properties:{minimum:{type:"integer",minimum:2,description:"Fewest replicas a workload without an autoscaler should run."}},additionalProperties:!1},examples:{incorrect:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`,correct:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`},peers:"kube-linter minimum-three-replicas (minimum 3), Polaris deploymentMissingReplicas and kube-score deployment-replicas (minimum 2) check Deployments; kube-linter and kube-score also skip autoscaled ones. Set `minimum: 3` to match kube-linter."},create(context){let visit=(manifest,options)=>{if(!context.set.workload(manifest)||context.set.autoscalersOf(manifest).length>0)return;let written=manifest.get(["spec","replicas"]);if(written!=null&&typeof written!="number")return;let replicas=typeof written=="number"?written:1;!Number.isInteger(replicas)||replicas===0||replicas>=options.minimum||context.report({manifest,path:typeof written=="number"?["spec","replicas"]:["metadata","name"],target:"value",messageId:"single",data:{kind:manifest.kind,name:manifest.name,replicas:replicas===1?"1 replica":`${replicas} replicas`,source:typeof written=="number"?"spec.replicas":"spec.replicas defaults to 1",minimum:options.minimum}})};return Object.fromEntries(KINDS4.map(kind=>[kind,visit]))}};var rules=[deprecated_api_default,duplicate_object_default,ephemeral_storage_request_missing_default,extended_resource_limits_default,gpu_without_placement_default,hpa_duplicate_target_default,hpa_metric_unserved_default,hpa_min_max_default,hpa_min_replicas_default,hpa_missing_requests_default,hpa_replicas_pinned_default,hpa_scale_down_too_fast_default,hpa_scale_down_unstabilized_default,hpa_target_missing_default,hpa_unsupported_resource_metric_default,hpa_vpa_conflict_default,ingress_backend_missing_default,missing_requests_default,parse_error_default,pdb_blocks_eviction_default,pdb_missing_default,pdb_no_budget_default,pdb_no_match_default,pdb_overlap_default,pdb_percent_blocks_eviction_default,pdb_unhealthy_eviction_policy_default,priority_class_conflict_default,priority_class_missing_default,prometheus_rule_invalid_default,quota_exceeded_at_max_scale_default,quota_extended_resource_key_default,quota_missing_requests_default,requests_exceed_limits_default,schema_invalid_default,service_no_match_default,servicemonitor_no_match_default,topology_spread_invalid_default,unknown_api_version_default,vpa_duplicate_default,vpa_target_missing_default,workload_no_spread_default,workload_selector_mismatch_default,workload_single_replica_default];var CONFIG_FILE_NAMES=[".scaleplan.yaml",".scaleplan.yml"];import path from"node:path";function normalizeRules(rules2){let result={};for(let[id,entry]of Object.entries(rules2??{}))result[id]=typeof entry=="string"?{severity:entry}:{...entry};return result}function mergeRules(base,over){let result={...base};for(let[id,setting]of Object.entries(over)){let previous=result[id],merged={...previous};setting.severity!==void 0&&(merged.severity=setting.severity),setting.options!==void 0&&(merged.options={...previous?.options,...setting.options}),result[id]=merged}return result}function merge(base,over){let result={baseDirectory:over.baseDirectory,rules:mergeRules(base.rules,over.rules),ignore:[...base.ignore,...over.ignore],overrides:[...base.overrides,...over.overrides]},kubeVersion=over.kubeVersion??base.kubeVersion;kubeVersion!==void 0&&(result.kubeVersion=kubeVersion);let namespace=over.namespace??base.namespace;return namespace!==void 0&&(result.namespace=namespace),(base.limits!==void 0||over.limits!==void 0)&&(result.limits={...base.limits,...over.limits}),(base.references!==void 0||over.references!==void 0)&&(result.references={assumeExternal:[...base.references?.assumeExternal??[],...over.references?.assumeExternal??[]]}),base.file!==void 0&&(result.file=base.file),result}var RuleSettingsResolver=class{constructor(config,cwd){this.config=config;this.cwd=cwd}config;cwd;cache=new Map;forFile(shownPath){let settings=this.cache.get(shownPath);if(!settings){if(settings=this.config.rules,this.config.overrides.length>0){let relative=path.relative(this.config.baseDirectory,path.resolve(this.cwd,shownPath)).split(path.sep).join("/");for(let override of this.config.overrides)override.files.some(pattern=>minimatch(relative,pattern,{dot:!0}))&&(settings=mergeRules(settings,override.rules))}this.cache.set(shownPath,settings)}return settings}get hasOverrides(){return this.config.overrides.length>0}isEnabledAnywhere(ruleId){return this.config.rules[ruleId]?.severity!=="off"?!0:this.config.overrides.some(override=>{let severity=override.rules[ruleId]?.severity;return severity!==void 0&&severity!=="off"})}};export{LIMIT_RANGE_KIND,LimitRangeDefaults,quotedList,counted,podMakerFor,rolloutWorkloadRef,ExternalReferences,capacityOf,compareResources,PerType,unservedApi,rules,CONFIG_FILE_NAMES,normalizeRules,merge,RuleSettingsResolver};
