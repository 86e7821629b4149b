/** Doctor's runtime check: Node 24 LTS is what the bot is built and tested on. */
export function nodeCheck(nodeVersion: string): { status: 'OK' | 'WARN'; detail: string; fix?: string } {
  const major = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
  if (major >= 24) return { status: 'OK', detail: nodeVersion };
  return {
    status: 'WARN',
    detail: `${nodeVersion} is older than Node 24 LTS, which the bot is built and tested on`,
    fix: 'Start it through npm (npm start, npm run doctor): npm ci installs Node 24 into node_modules and npm scripts run on it. Or install Node 24 LTS.',
  };
}
