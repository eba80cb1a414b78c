import { describe, expect, it } from "vitest";
import { isSameQuestion, nextQuestion } from "@/lib/search/question-id";

describe("the question a search box is on", () => {
  let counter = 0;
  const newId = () => `q${++counter}`;

  it("stays the same while the shopper types on or backspaces, and changes for a new question", () => {
    let question = nextQuestion(null, "ret", newId);
    const first = question.id;
    for (const q of ["retr", "retru", "retrun", "retru", "retrun", "retrun an item"])
      question = nextQuestion(question, q, newId);
    expect(question).toEqual({ id: first, query: "retrun an item" });
    question = nextQuestion(question, "password", newId);
    expect(question.id).not.toBe(first);
  });

  it("compares without case or surrounding spaces", () => {
    expect(isSameQuestion("Refund ", "refund delay")).toBe(true);
    expect(isSameQuestion("", "refund")).toBe(false);
    expect(isSameQuestion("refund", "return")).toBe(false);
  });
});
