import { execFileSync } from 'node:child_process';

/** End-to-end tests run the built bot exactly as `npm start` does. */
export default function setup() {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
