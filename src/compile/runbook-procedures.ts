/*
 * The "how" of RUNBOOK.md: procedures for one workload and one node pool, with commands
 * that work when a GitOps sync owns the cluster. The rule behind every one: the spec is the
 * source of truth. `kubectl scale` is undone by the HPA within one sync period (15 s), and
 * `kubectl patch`/`edit`/`rollout undo` by the next sync (Argo CD self-heal reverts drift at
 * once); so a change goes through the spec, and an emergency pauses the sync first.
 */
import { code } from './markdown-text.js';
import { INSTANCE_TYPE_LABEL } from './objects.js';
import { hpaName } from './autoscalers.js';
import { sorted, type EnvironmentContext, type WorkloadContext } from './context.js';
import { environmentApplication } from './applications.js';
import { isEnabled } from '../plan/model.js';
import type { NodePoolSpec } from '../plan/types.js';

export interface Procedure {
  title: string;
  text: string;
  /** Commands, run in this order; each is shown as code. */
  commands: string[];
}

function quoteShell(text: string): string {
  return /^[-A-Za-z0-9_./=,:]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `-l key=value,…` for the pods of a workload. */
function podSelectorFlag(workload: WorkloadContext): string {
  const labels = Object.entries(sorted(workload.podLabels)).map(
    ([key, value]) => `${key}=${value}`,
  );
  return `-l ${quoteShell(labels.join(','))}`;
}

/** `-l …` selecting the nodes of a pool, or undefined when only its GPUs tell them apart. */
export function nodeSelectorFlag(pool: NodePoolSpec): string | undefined {
  const terms = Object.entries(sorted(pool.labels ?? {})).map(([key, value]) => `${key}=${value}`);
  const types = pool.instanceTypes ?? [];
  if (types.length > 0) {
    terms.push(`${INSTANCE_TYPE_LABEL} in (${types.join(',')})`);
  }
  return terms.length === 0 ? undefined : `-l ${quoteShell(terms.join(','))}`;
}

function namespaceFlag(environment: EnvironmentContext): string {
  return environment.finalNamespace !== undefined ? `-n ${environment.finalNamespace} ` : '';
}

export function workloadProcedures(
  environment: EnvironmentContext,
  workload: WorkloadContext,
  specPath: string,
): Procedure[] {
  const view = environment.view;
  const ns = namespaceFlag(environment);
  const application = environmentApplication(environment.plan.metadata.name, view.name);
  const field = `spec.workloads.${workload.name}`;
  const where =
    view.path !== undefined
      ? `${code(field)} (or, for this environment only, ${code(`spec.environments.${view.name}.workloads.${workload.name}`)})`
      : code(field);
  const finalName = environment.finalName(workload.name);
  const kindName = `${workload.kind.toLowerCase()}/${finalName}`;
  const procedures: Procedure[] = [];
  // RUNBOOK.md sits in <output>/<environment>/, and the commands run from there.
  const compile = `scaleplan compile ${specPath} -o ..`;
  if (workload.autoscaler === 'none') {
    procedures.push({
      title: 'Change the replica count.',
      text: `Set ${code('replicas.min')} of ${where} in the spec, compile and merge; the sync applies it. ${code(`kubectl scale ${kindName}`)} lasts until the next sync.`,
      commands: [compile, `git commit -am "${workload.name}: replicas"`],
    });
  } else {
    const hpa = hpaName(environment, workload);
    procedures.push({
      title: 'Change limits, targets or behaviour.',
      text: `Edit ${where} (${code('replicas')}, ${code('scaleOn')}, ${code('scaleUp')}/${code('scaleDown')}) in the spec, compile, review the RUNBOOK diff and merge; Argo CD Application ${code(application)} applies it. Never ${code(`kubectl scale ${kindName}`)} (the ${workload.autoscaler === 'keda' ? 'KEDA HPA' : 'HPA'} sets the count back within 15 s) or ${code(`kubectl patch hpa ${hpa}`)} (the sync reverts it).`,
      commands: [compile, `scaleplan capacity . --spec ${specPath} --base origin/main`],
    });
    procedures.push({
      title: 'Emergency: more replicas before a merge.',
      text: 'Pause the sync, raise the floor (here to the maximum), then put the same value in the spec, merge, and resume; the sync would otherwise undo the patch at once.',
      commands: [
        `argocd app set ${application} --sync-policy none`,
        `kubectl ${ns}patch hpa ${hpa} --type merge -p '{"spec":{"minReplicas":${workload.bounds.max}}}'`,
        `argocd app set ${application} --sync-policy automated --self-heal`,
      ],
    });
    procedures.push({
      title: 'See what the autoscaler decides.',
      text: `Current and target metric values, and the events that explain a refusal (${code('FailedGetResourceMetric')}, ${code('FailedGetPodsMetric')}: the metric is not served; ${code('ScalingLimited')}: a bound or policy holds it).`,
      commands: [
        `kubectl ${ns}get hpa ${hpa}`,
        `kubectl ${ns}describe hpa ${hpa}`,
        ...(workload.autoscaler === 'keda'
          ? [
              `kubectl ${ns}describe scaledobject ${environment.finalName(workload.names.scaledObject)}`,
            ]
          : []),
      ],
    });
  }
  const pool =
    workload.spec.placement?.nodePool !== undefined
      ? view.nodePools[workload.spec.placement.nodePool]
      : undefined;
  const nodes = pool ? nodeSelectorFlag(pool) : undefined;
  procedures.push({
    title: 'Pods Pending.',
    text: `Read the scheduler's reason in the pod's events. ${code('Insufficient cpu')}/${code('memory')}/${code('nvidia.com/gpu')}: the nodes are full; the cluster autoscaler adds nodes up to the pool's max (${code('NotTriggerScaleUp')} says it cannot: pool at max, or no node group fits the pod). ${code("didn't match Pod's node affinity/selector")} or ${code('untolerated taint')}: the pool's labels or taints in the spec differ from the nodes'. ${code('exceeded quota')} (an event of the ReplicaSet, not the pod): the namespace's ResourceQuota is used up; raise it in the spec or lower ${code('replicas.max')}.`,
    commands: [
      `kubectl ${ns}get pods ${podSelectorFlag(workload)} --field-selector=status.phase=Pending`,
      `kubectl ${ns}describe pod POD`,
      `kubectl ${ns}get events --field-selector reason=FailedCreate`,
      ...(Object.keys(view.quotas).length > 0 ? [`kubectl ${ns}describe resourcequota`] : []),
      nodes !== undefined
        ? `kubectl get nodes ${nodes} --show-labels`
        : 'kubectl get nodes --show-labels',
    ],
  });
  if (workload.spec.disruption?.enabled !== false) {
    procedures.push({
      title: 'Drain a node.',
      text: `The budget lets the eviction API move pods only while ${code('ALLOWED DISRUPTIONS')} is at least 1; a drain waits (it does not fail) until the moved pods are ready elsewhere.`,
      commands: [
        `kubectl ${ns}get pdb ${environment.finalName(workload.names.pdb)}`,
        'kubectl cordon NODE',
        'kubectl drain NODE --ignore-daemonsets --delete-emptydir-data',
        'kubectl uncordon NODE',
      ],
    });
  }
  procedures.push({
    title: 'Roll back.',
    text: `Revert the commit that changed the spec and its overlays, and merge; the sync rolls the cluster back. ${code(`kubectl rollout undo ${kindName}`)} is undone by the next sync unless the sync is paused first.`,
    commands: ['git revert COMMIT', `scaleplan compile ${specPath} -o .. --check`],
  });
  const baseVpas = environment.base.references.filter(
    (reference) =>
      reference.kind === 'VerticalPodAutoscaler' &&
      reference.target?.kind === workload.kind &&
      reference.target.name === workload.name,
  );
  for (const vpa of baseVpas) {
    const mode = vpa.updateMode ?? 'Recreate';
    procedures.push({
      title: `VPA ${code(vpa.name)} of the base.`,
      text: `The base keeps a VerticalPodAutoscaler (mode ${code(mode)}${vpa.updateMode === undefined ? ', the default' : ''}) outside the spec: ${mode === 'Off' ? "it only recommends; apply a recommendation through the spec's resources" : 'it changes requests itself, so the requests in the spec are starting values'}.${isEnabled(workload.spec.vpa) ? '' : ` Move it into the spec (${code('vpa')}) to have it here and in the checks.`}`,
      commands: [`kubectl ${ns}describe vpa ${environment.finalName(vpa.name)}`],
    });
  }
  return procedures;
}

/** How a node pool's size is changed: in the spec for the checks, and in the cloud. */
export function poolProcedure(name: string, pool: NodePoolSpec): Procedure {
  const nodes = nodeSelectorFlag(pool);
  const min = pool.min ?? 0;
  const max = pool.max ?? min;
  return {
    title: 'Resize the pool.',
    text: `The cluster autoscaler keeps the node count between the node group's bounds, which live with the cloud provider, not in the cluster: change them there and in ${code(`spec.nodePools.${name}`)} (${min}–${max} now), so the capacity figures above stay true. Check the nodes it runs:`,
    commands: [
      nodes !== undefined ? `kubectl get nodes ${nodes}` : 'kubectl get nodes',
      `eksctl scale nodegroup --cluster CLUSTER --name ${name} --nodes-min ${min} --nodes-max ${max}`,
      `az aks nodepool update --cluster-name CLUSTER --resource-group GROUP --name ${name} --update-cluster-autoscaler --min-count ${min} --max-count ${max}`,
      `gcloud container node-pools update ${name} --cluster CLUSTER --enable-autoscaling --min-nodes ${min} --max-nodes ${max}`,
    ],
  };
}
