import { describe, expect, it } from "vitest";
import { create } from "zustand";
import { createNoticesSlice, MAX_NOTICE_LENGTH, type NoticesSlice } from "./noticesSlice";

const newStore = () => create<NoticesSlice>()(createNoticesSlice);

describe("notices", () => {
  it("shows a notice once, however often it is sent, and dismisses it by id", () => {
    const store = newStore();
    store.getState().notify("Exported 3 statements as CSV.");
    store.getState().notify("Exported 3 statements as CSV.");
    const [notice] = store.getState().notices;
    expect(store.getState().notices).toHaveLength(1);
    expect(notice).toMatchObject({ text: "Exported 3 statements as CSV.", tone: "info" });
    store.getState().dismissNotice(notice?.id ?? -1);
    expect(store.getState().notices).toEqual([]);
  });

  it("cuts a long notice short, so a 100 KB link cannot fill the page", () => {
    const store = newStore();
    store.getState().notify(`Bad: ${"x".repeat(100_000)}`, "error");
    const text = store.getState().notices[0]?.text ?? "";
    expect(text).toHaveLength(MAX_NOTICE_LENGTH + 1);
    expect(text.endsWith("x…")).toBe(true);
  });

  it("keeps the eight newest notices", () => {
    const store = newStore();
    for (let i = 1; i <= 10; i++) store.getState().notify(`Notice ${i}`);
    expect(store.getState().notices.map((notice) => notice.text)).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((i) => `Notice ${i}`),
    );
  });
});
