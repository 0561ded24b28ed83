// Reaching into the library's IndexedDB from a test, as a hand edit, an older Parley or a
// crash would leave it: records written straight into the "datasets" store (no summary, so
// the app must read and check them itself).
import type { Page } from "@playwright/test";
import { expect } from "./pageErrors";

export interface RawRecord {
  key: string;
  fileName: string;
  importedAt: string;
  json?: string;
  dataset?: unknown;
}

// Writes `records` into the app's "datasets" store, once the app has created it (opening the
// page starts that; on a busy machine it may not be done yet, so this waits for it).
export async function putRawRecords(page: Page, records: RawRecord[]): Promise<void> {
  await putRaw(page, "datasets", records);
}

// Writes `history` as the change history kept for the dataset `history.key` (store
// "histories"), as a hand edit or a crash could leave it.
export async function putRawHistory(
  page: Page,
  history: { key: string; [field: string]: unknown },
): Promise<void> {
  await putRaw(page, "histories", [history]);
}

async function putRaw(page: Page, storeName: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ storeName, toWrite }) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open("parley");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => resolve(open.result);
        });
        if (!db.objectStoreNames.contains(storeName)) {
          db.close();
          await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(storeName, "readwrite");
          for (const record of toWrite) transaction.objectStore(storeName).put(record);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
        return;
      }
      throw new Error(`Parley never created its ${storeName} store`);
    },
    { storeName, toWrite: records },
  );
}

// Deletes the app's whole database, as "clear site data" does.
export async function clearLibraryStorage(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase("parley");
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error("another connection blocks the deletion"));
      }),
  );
}

// The keys stored in the "datasets" store, sorted.
export async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("parley");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("datasets").objectStore("datasets").getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string[]).map(String).sort());
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

// Opens `path` and waits until the import has ended (kept, or refused). Several tabs on a
// busy machine make the worker and the storage slow, hence the long wait.
export async function openAndWait(page: Page, path: string): Promise<void> {
  await page.getByLabel("Open dataset…").setInputFiles(path);
  await expect(page.getByRole("status", { name: "Import progress" })).toHaveText(
    /^(Opened|Could not open) /,
    { timeout: 30_000 },
  );
}
