export function nextBin(root: string): string
export function appServer(root: string, args?: string[]): [string, string[]]
export function freePort(): Promise<number>
export function startNext(
  root: string,
  env?: NodeJS.ProcessEnv,
  dir?: string,
): Promise<{ base: string; stop: () => Promise<void>; pid: number }>
export function appUntilExit(
  root: string,
  env: NodeJS.ProcessEnv,
  ms?: number,
): Promise<{ code: number | null; stderr: string }>
