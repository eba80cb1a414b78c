// Runs once when a Next.js server starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapServer } = await import("@/lib/bootstrap-server");
  await bootstrapServer();
}
