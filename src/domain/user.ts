import { z } from 'zod';

export const roleSchema = z.enum(['reporter', 'editor_in_chief', 'moderator']);
export type Role = z.infer<typeof roleSchema>;
export const roles = roleSchema.options;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  roles: z.array(roleSchema).check(z.minLength(1)),
  avatarUrl: z.optional(z.string()),
});
export type User = z.infer<typeof userSchema>;

/** The editor-in-chief may also moderate (DESIGN.md). */
export function canModerate(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('moderator') || user.roles.includes('editor_in_chief');
}
export function isEditorInChief(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('editor_in_chief');
}
export function isReporter(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('reporter');
}

export const loginInputSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, { message: 'required' })),
  password: z.string().check(z.minLength(1, { message: 'required' })),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const sessionSchema = z.object({ token: z.string().check(z.minLength(1)), user: userSchema });
export type Session = z.infer<typeof sessionSchema>;
