/**
 * Which URLs a request may go to besides the API the user configured: the rule every redirect
 * hop and every result URL a server hands out is held to. Pure.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** What a host is, as far as its name or address tells without asking DNS. */
export type HostClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

function ipv4Class(octets: readonly number[]): HostClass {
  const [a = 0, b = 0] = octets;
  if (a === 0) return 'unspecified'; // 0.0.0.0/8 reaches this machine on Linux
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link-local'; // cloud metadata services live here
  if (a >= 224) return 'reserved'; // multicast, 240/4, broadcast
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address (the URL parser writes them in hex, no dotted tail). */
function ipv6Groups(text: string): number[] | undefined {
  const [head = '', tail] = text.split('::');
  const part = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return undefined;
  const groups = [...left, ...Array<string>(fill).fill('0'), ...right].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function ipv6Class(groups: readonly number[]): HostClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  const upper = g0 | g1 | g2 | g3 | g4;
  if (upper === 0 && g5 === 0 && g6 === 0) return g7 === 1 ? 'loopback' : g7 === 0 ? 'unspecified' : 'reserved';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) reach an IPv4 address.
  if (upper === 0 && (g5 === 0xffff || g5 === 0)) return ipv4Class(embedded);
  if (g0 === 0x64 && g1 === 0xff9b && (g2 | g3 | g4 | g5) === 0) return ipv4Class(embedded);
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xff00) === 0xff00) return 'reserved';
  return 'public';
}

/**
 * Classifies a URL's hostname. IP literals are classified by address (the URL parser has already
 * turned `0x7f.1` or `2130706433` into dotted form). Names are not resolved: `localhost` and
 * `*.localhost` count as loopback, every other name as public, so a name whose DNS points into a
 * private range is not caught here (resolving it would still leave a race with the connect).
 */
export function hostClass(hostname: string): HostClass {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (isIPv4(host)) return ipv4Class(host.split('.').map(Number));
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIPv6(bare)) {
    const groups = ipv6Groups(bare);
    return groups ? ipv6Class(groups) : 'reserved';
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain') return 'loopback';
  return 'public';
}

/** True for `localhost`, 127/8 and ::1: the simulator's and the tests' hosts. */
export function isLoopbackHost(hostname: string): boolean {
  return hostClass(hostname) === 'loopback';
}

export interface HopRules {
  /**
   * Origin of the API the user configured (its base URL): trusted as named, whatever its address,
   * since the user chose it (a gateway on the office network is theirs to use).
   */
  readonly apiOrigin: string;
  /** Whether loopback hosts and plain http on them are allowed: only when the API itself is on this machine. */
  readonly loopback: boolean;
}

/** Rules for an API at `baseUrl`: its origin trusted, loopback allowed when it is on loopback. */
export function hopRulesFor(baseUrl: string): HopRules {
  const url = new URL(baseUrl);
  return { apiOrigin: url.origin, loopback: isLoopbackHost(url.hostname) };
}

/**
 * Why `url` may not be requested, or undefined when it may: https to a public host, the API's own
 * origin, or (when the API is on loopback) any loopback URL. Link-local, private, unspecified and
 * reserved addresses are refused, and so is plain http anywhere else.
 */
export function hopRefusal(url: URL, rules: HopRules): string | undefined {
  if (url.origin === rules.apiOrigin && url.origin !== 'null') return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} URLs are never fetched`;
  const kind = hostClass(url.hostname);
  if (kind === 'loopback') return rules.loopback ? undefined : 'it is this machine (loopback), and the API is not';
  if (kind !== 'public') return `it is a ${kind} address`;
  if (url.protocol !== 'https:') return 'it is plain http (only https is fetched from other hosts)';
  return undefined;
}
