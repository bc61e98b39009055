// Reference program: the floor. Reads every manifest under the given paths and parses it with
// js-yaml, doing nothing else. No linter can be faster than reading its input.
import fs from 'node:fs';
import process from 'node:process';
import path from 'node:path';
import jsYaml from 'js-yaml';

let documents = 0;
const visit = (target) => {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      visit(path.join(target, name));
    }
  } else if (/\.(ya?ml|json)$/.test(target)) {
    jsYaml.loadAll(fs.readFileSync(target, 'utf8'), () => {
      documents++;
    });
  }
};
for (const target of process.argv.slice(2)) {
  visit(target);
}
process.stderr.write(`${documents} documents\n`);
