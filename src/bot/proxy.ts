/**
 * Agent for grammY's fetch when PROXY_URL is set (http, https or socks5). Loaded only when a
 * proxy is configured: the agents weigh several MB of memory that most hosts never need.
 */
export async function proxyFetchConfig(proxyUrl: string | undefined): Promise<{ agent?: unknown }> {
  if (!proxyUrl) return {};
  if (proxyUrl.startsWith('socks')) {
    const { SocksProxyAgent } = await import('socks-proxy-agent');
    return { agent: new SocksProxyAgent(proxyUrl) };
  }
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  return { agent: new HttpsProxyAgent(proxyUrl) };
}
