#!/usr/bin/env node
import { execute } from './execute.js';

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

// A reader that stops early (`scaleplan lint | head -1`) closes the pipe: the rest of the
// output has nowhere to go, which is not an error worth a stack trace. Later writes to the
// closed stream are dropped; the exit status stays the run's own.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
    closed.add(stream);
  });
}
const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (!closed.has(stream)) {
    stream.write(text);
  }
};

// Writes go through one buffer per stream: large reports must not be cut off by an early exit.
const code = await execute(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  stdout: (text) => write(process.stdout, text),
  stderr: (text) => write(process.stderr, text),
  stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;
