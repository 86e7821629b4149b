import { HttpsProxyAgent } from 'https-proxy-agent';
import { SocksProxyAgent } from 'socks-proxy-agent';

/** Agent for grammY's fetch when PROXY_URL is set (http, https or socks5). */
export function proxyAgent(proxyUrl: string | undefined) {
  if (!proxyUrl) return undefined;
  return proxyUrl.startsWith('socks') ? new SocksProxyAgent(proxyUrl) : new HttpsProxyAgent(proxyUrl);
}

export function proxyFetchConfig(proxyUrl: string | undefined): { agent?: unknown; compress?: boolean } {
  const agent = proxyAgent(proxyUrl);
  return agent ? { agent } : {};
}
