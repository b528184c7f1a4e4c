export declare function plainAddress(address: string | null | undefined): string
export declare function trustedProxies(value: string | null | undefined): {
  proxies: Set<string>
  invalid: string[]
}
export declare function clientAddress(
  socketAddress: string | null | undefined,
  forwardedFor: string | string[] | null | undefined,
  proxies: Set<string>,
): string
