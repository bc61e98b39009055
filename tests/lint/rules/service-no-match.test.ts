import rule from '../../../src/lint/rules/service-no-match.js';
import { RuleTester } from '../../../src/lint/testing/rule-tester.js';

const DIR = 'fixtures/rules/service-no-match';

new RuleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/valid.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'target ports are not checked with checkTargetPorts: false',
      fixture: `${DIR}/target-ports.yaml`,
      options: { checkTargetPorts: false },
    },
  ],
  invalid: [
    {
      name: "the workload's own labels are not its pods' labels",
      fixture: `${DIR}/typo.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 23,
          column: 3,
          endColumn: 11,
          severity: 'warning',
          messageIncludes: ['Service "web" selects "app=web"', 'namespace "shop"'],
        },
      ],
    },
    {
      name: 'a Service only selects pods of its own namespace',
      fixture: `${DIR}/other-namespace.yaml`,
      errors: [
        {
          messageId: 'noMatch',
          line: 20,
          column: 3,
          messageIncludes: [
            '"app=search,tier=backend"',
            'namespace "default"',
            'Deployment "search" in namespace "search" does',
          ],
        },
      ],
    },
    {
      name: 'named target ports resolve against running containers and the protocol; numeric ones against declared ports',
      fixture: `${DIR}/target-ports.yaml`,
      errors: [
        {
          messageId: 'namedTargetPortMissing',
          line: 41,
          column: 19,
          endColumn: 24,
          messageIncludes: [
            'port "admin" (81) sends traffic to the container port named "admin"',
            'Deployment "api"',
            'a TCP port',
            '"proxy", "http" and "metrics"',
          ],
        },
        {
          messageId: 'targetPortNotDeclared',
          line: 46,
          column: 19,
          messageIncludes: [
            'port "grpc" (9000) sends traffic to port 9001',
            '15001, 8080 and 9090',
          ],
        },
        {
          messageId: 'namedTargetPortMissing',
          line: 53,
          column: 19,
          messageIncludes: ['a UDP port', '"http" is a TCP port, the Service port is UDP'],
        },
        {
          messageId: 'targetPortNotDeclared',
          line: 55,
          column: 13,
          messageIncludes: ['port "legacy" (8081) sends traffic to port 8081'],
        },
      ],
    },
  ],
});
