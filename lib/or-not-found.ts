import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a lookup's NOT_FOUND becomes Next's 404 page; other errors stay errors. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
