import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

const WORDS: Record<string, string> = {
  loopback: "a loopback",
  private: "a private",
  linkLocal: "a link-local",
  uniqueLocal: "a private (unique local)",
  unspecified: "an unspecified",
  carrierGradeNat: "a carrier-grade NAT",
  broadcast: "a broadcast",
  multicast: "a multicast",
  reserved: "a reserved",
};

/** What kind of address the fetcher must not connect to ("a loopback address"), or null for a public one. */
export function addressRefusal(ip: string): string | null {
  if (!ipaddr.isValid(ip)) return "not an IP address";
  // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so a mapped address is judged as what it is.
  const range = ipaddr.process(ip).range();
  if (range === "unicast") return null;
  return `${WORDS[range] ?? `a special-use (${range})`} address`;
}

export const ALLOW_HINT = "(pass --allow-private to fetch it)";

/** A URL host as an IP address when it is one ("[::1]" → "::1"), else null. */
export function literalIp(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return isIP(bare) ? bare : null;
}

/** An error the fetcher words as a refusal rather than a network failure. */
export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDADDRESS";
}

/**
 * A DNS lookup for sockets that refuses any answer pointing at a private, loopback or link-local address: checked
 * on the very addresses the socket will connect to, so a name that resolves privately cannot slip through.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const refused = allowPrivate ? undefined : addresses.find((a) => addressRefusal(a.address) !== null);
      if (refused) {
        const what = addressRefusal(refused.address);
        return callback(
          new RefusedAddressError(`${hostname} resolves to ${refused.address}, ${what} ${ALLOW_HINT}`),
          "",
          4,
        );
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 4);
      callback(null, first.address, first.family);
    });
  };
}
