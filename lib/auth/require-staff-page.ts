import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { resolveStaffOrThrow } from "@/lib/auth/require-staff";
import type { Staff } from "@/lib/auth/staff";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type PageAccess = { staff: Staff; allowed: boolean };

/**
 * The guard of console pages: the same resolution as the API's (session cookie, checked
 * against the database on every request). Signed-out or disabled callers are sent to the
 * sign-in page; a role that may not see the page gets `allowed: false` to render a notice.
 */
export async function requireStaffPage(roles: readonly Role[], returnTo = "/console"): Promise<PageAccess> {
  const cookieHeader = (await cookies()).toString();
  // Only the cookie is passed on: API tokens are for API clients, pages honour the browser's session.
  const requestHeaders = new Headers({ cookie: cookieHeader });
  let staff: Staff;
  try {
    staff = await resolveStaffOrThrow(requestHeaders);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") {
      redirect(`/console/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
    }
    throw error;
  }
  return { staff, allowed: roles.includes(staff.role) };
}
