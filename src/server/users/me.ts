import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ROLES } from '../../domain/org/roles';
import type { Executor } from '../db/client';
import { departments, regions } from '../db/schema/org';
import { users } from '../db/schema/users';
import { notFound } from '../http/errors';

export const MeSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export async function loadMe(db: Executor, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      regionId: users.regionId,
      regionName: regions.name,
      departmentId: users.departmentId,
      departmentName: departments.name,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, userId));
  if (!row) throw notFound('user');
  return row;
}
