/** What a host is, as far as its name or address tells without asking DNS. */
export type HostClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';
/**
 * Classifies a URL's hostname. IP literals are classified by address (the URL parser has already
 * turned `0x7f.1` or `2130706433` into dotted form). Names are not resolved: `localhost` and
 * `*.localhost` count as loopback, every other name as public, so a name whose DNS points into a
 * private range is not caught here (resolving it would still leave a race with the connect).
 */
export declare function hostClass(hostname: string): HostClass;
/** True for `localhost`, 127/8 and ::1: the simulator's and the tests' hosts. */
export declare function isLoopbackHost(hostname: string): boolean;
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
export declare function hopRulesFor(baseUrl: string): HopRules;
/**
 * Why `url` may not be requested, or undefined when it may: https to a public host, the API's own
 * origin, or (when the API is on loopback) any loopback URL. Link-local, private, unspecified and
 * reserved addresses are refused, and so is plain http anywhere else.
 */
export declare function hopRefusal(url: URL, rules: HopRules): string | undefined;
