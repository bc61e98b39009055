/**
 * The name rules the API server applies to metadata.name, per kind (the `ValidateXName`
 * functions of k8s.io/kubernetes pkg/apis/…/validation), which the OpenAPI schemas leave out.
 */

export type NameRule = 'dns1123Subdomain' | 'dns1123Label' | 'dns1035Label' | 'pathSegment';

/** Kinds whose names follow another rule than the DNS-1123 subdomain most kinds use. */
const NAME_RULES: Readonly<Record<string, NameRule>> = {
  // A Service's name becomes a DNS label of the cluster domain, and must start with a letter.
  Service: 'dns1035Label',
  Namespace: 'dns1123Label',
  // RBAC names are only path segments (system:aggregate-to-view is valid).
  Role: 'pathSegment',
  ClusterRole: 'pathSegment',
  RoleBinding: 'pathSegment',
  ClusterRoleBinding: 'pathSegment',
};

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const DESCRIPTIONS: Readonly<Record<NameRule, string>> = {
  dns1123Subdomain:
    'a DNS-1123 subdomain (lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
  dns1123Label:
    'a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
  dns1035Label:
    'a DNS-1035 label (lower-case letters, digits and "-", starting with a letter and ending with a letter or digit, at most 63 characters)',
  pathSegment: 'a valid name (not "." or "..", and without "/" or "%")',
};

export function nameRule(kind: string): NameRule {
  return NAME_RULES[kind] ?? 'dns1123Subdomain';
}

export function isValidName(rule: NameRule, name: string): boolean {
  switch (rule) {
    case 'dns1123Subdomain':
      return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
    case 'dns1123Label':
      return name.length <= 63 && DNS1123_LABEL.test(name);
    case 'dns1035Label':
      return name.length <= 63 && DNS1035_LABEL.test(name);
    case 'pathSegment':
      return name !== '.' && name !== '..' && !/[/%]/.test(name);
  }
}

export function describeNameRule(rule: NameRule): string {
  return DESCRIPTIONS[rule];
}
