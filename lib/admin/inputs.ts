import { z } from 'zod'
import type { CommandInput, CommandName } from './commands'

/**
 * What each command accepts, checked where it runs: a request on the admin socket comes
 * from another process, and is read as carefully as any other input.
 */
const actor = z.string().regex(/^cli:.+$/)

export const INPUTS: { [N in CommandName]: z.ZodType<CommandInput<N>> } = {
  'users:add': z.object({
    email: z.string(),
    role: z.string(),
    name: z.string().optional(),
    password: z.string(),
  }),
  'stories:import': z.object({
    files: z.array(
      z.object({ label: z.string(), text: z.string().optional(), problems: z.array(z.string()).optional() }),
    ),
    replace: z.boolean(),
    actor,
  }),
  'stories:export': z.object({ ids: z.array(z.string()) }),
  import: z.object({
    slug: z.string(),
    text: z.string(),
    source: z.object({
      publisher: z.string().optional(),
      title: z.string().optional(),
      date: z.string().optional(),
      url: z.string().optional(),
    }),
    base: z.string(),
    actor,
  }),
  'db:snapshot': z.object({ into: z.string() }),
  'feeds:poll': z.object({ storyId: z.string().optional() }),
}
