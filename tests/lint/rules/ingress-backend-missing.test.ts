import rule from '../../../src/lint/rules/ingress-backend-missing.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/ingress-backend-missing';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/valid.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'a Service declared external',
      fixture: `${DIR}/external-service.yaml`,
      references: { assumeExternal: ['Service/shop/storefront'] },
    },
  ],
  invalid: [
    {
      name: 'a Service that is neither in the set nor declared external',
      fixture: `${DIR}/external-service.yaml`,
      errors: [{ messageId: 'serviceMissing', line: 14, column: 31 }],
    },
    {
      name: 'services that are not in the namespace of the Ingress',
      fixture: `${DIR}/missing-service.yaml`,
      errors: [
        {
          messageId: 'serviceMissing',
          line: 25,
          column: 23,
          endColumn: 34,
          severity: 'warning',
          messageIncludes: [
            'Ingress "shop" routes "shop.example.com/" to Service "store-front", which is not in the set (namespace "shop")',
            'did you mean "storefront"?',
          ],
        },
        {
          messageId: 'serviceMissing',
          line: 31,
          column: 23,
          messageIncludes: ['"shop.example.com/admin" to Service "admin"', '"shop");'],
        },
        {
          messageId: 'serviceMissing',
          line: 42,
          column: 13,
          messageIncludes: [
            'routes requests no rule matches (the default backend)',
            'namespace "default"',
          ],
        },
      ],
    },
    {
      name: 'port numbers are Service ports, port names Service port names',
      fixture: `${DIR}/ports.yaml`,
      errors: [
        {
          messageId: 'portMissing',
          line: 23,
          column: 17,
          endColumn: 19,
          messageIncludes: [
            'to port 81 of Service "web"',
            'its ports are "http" (80) and "metrics" (9090)',
          ],
        },
        {
          messageId: 'portMissing',
          line: 34,
          column: 27,
          messageIncludes: [
            '8080 is the targetPort of Service port "http" (80); the Ingress needs the Service port, 80',
          ],
        },
        { messageId: 'portMissing', line: 41, column: 25, messageIncludes: ['port "https"'] },
      ],
    },
    {
      name: 'v1 backends without service or resource are errors',
      fixture: `${DIR}/v1-without-service.yaml`,
      errors: [
        {
          messageId: 'legacyBackend',
          line: 21,
          column: 13,
          endColumn: 20,
          severity: 'error',
          messageIncludes: ['"kibana.example.com/"', 'serviceName/servicePort'],
        },
        {
          messageId: 'emptyBackend',
          line: 26,
          column: 13,
          severity: 'error',
          messageIncludes: ['"kibana.example.com/empty"'],
        },
      ],
    },
    {
      name: 'v1 service backends without a port, or with both number and name, are errors',
      fixture: `${DIR}/v1-port.yaml`,
      errors: [
        {
          messageId: 'portRequired',
          line: 17,
          column: 5,
          endColumn: 12,
          severity: 'error',
          messageIncludes: [
            'Ingress "web" routes requests no rule matches (the default backend) to Service "web" without a port',
            'port.number or port.name',
          ],
        },
        {
          messageId: 'portRequired',
          line: 26,
          column: 36,
          severity: 'error',
          messageIncludes: ['"web.example.com/empty-port"'],
        },
        {
          messageId: 'portRequired',
          line: 32,
          column: 17,
          severity: 'error',
          messageIncludes: ['"web.example.com/zero"'],
        },
        {
          messageId: 'portBoth',
          line: 38,
          column: 17,
          severity: 'error',
          messageIncludes: ['"web.example.com/both" to Service "web" with both'],
        },
      ],
    },
    {
      name: 'v1beta1 serviceName and servicePort',
      fixture: `${DIR}/v1beta1.yaml`,
      errors: [
        {
          messageId: 'serviceMissing',
          line: 29,
          column: 28,
          messageIncludes: ['"*/no-match" to Service "app-service-123"'],
        },
        { messageId: 'portMissing', line: 34, column: 28, messageIncludes: ['port "web"'] },
      ],
    },
  ],
});
