import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * The network guard: only http(s), and never loopback, private, link-local, CGNAT, multicast,
 * unspecified or reserved addresses (IPv4, IPv6, IPv4-mapped and the IPv4-embedding IPv6 forms).
 * URL parsing normalises numeric hosts (2130706433, 127.1, 0x7f.1), and the resolved address is
 * checked again at connect time on every hop, so DNS rebinding cannot slip through.
 */
export interface NetworkPolicy {
  allowPrivate: boolean;
  /** Exact addresses allowed even though private (tests, intranets). */
  allowlist: string[];
}

export class GuardError extends Error {
  constructor(
    message: string,
    readonly reason: 'scheme' | 'address' | 'url',
  ) {
    super(message);
    this.name = 'GuardError';
  }
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    // ::/96, the deprecated IPv4-compatible form (::7f00:1): ipaddr.js calls it unicast, and
    // reads the dotted spelling (::8.8.8.8) as if it were IPv4-mapped.
    if (v6.parts.slice(0, 6).every((p) => p === 0)) return false;
    if (v6.isIPv4MappedAddress() && !/ffff/i.test(address)) return false;
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
  }
  return ip.range() === 'unicast';
}

export function isAllowedAddress(address: string, policy: NetworkPolicy): boolean {
  if (policy.allowPrivate) return true;
  const normal = ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
  if (policy.allowlist.some((a) => ipaddr.isValid(a) && ipaddr.process(a).toString() === normal)) return true;
  return isPublicAddress(address);
}

/** Checks a URL before any request: scheme, and the host when it is an address literal. */
export function checkUrl(raw: string, policy: NetworkPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GuardError('not a valid URL', 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new GuardError('only http and https', 'scheme');
  if (url.username || url.password) url.username = url.password = '';
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (ipaddr.isValid(host) && !isAllowedAddress(host, policy)) {
    throw new GuardError(`address ${host} is not allowed`, 'address');
  }
  if (!policy.allowPrivate && /(^|\.)localhost$/i.test(host))
    throw new GuardError('localhost is not allowed', 'address');
  return url;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for net/tls connect options: refuses a name that resolves to a forbidden address. */
/** How names are resolved: the system's resolver (tests give a fixed table). */
export type Resolve = (
  hostname: string,
  options: { all: true; family: number },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export function guardedLookup(policy: NetworkPolicy, resolve: Resolve = dnsLookup) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    resolve(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => !isAllowedAddress(a.address, policy));
      if (bad || addresses.length === 0) {
        const e = new GuardError(
          `address ${bad?.address ?? 'none'} is not allowed`,
          'address',
        ) as GuardError & NodeJS.ErrnoException;
        e.code = 'EGUARD';
        return callback(e, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
