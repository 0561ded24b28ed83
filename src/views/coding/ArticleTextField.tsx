// The article's text: typed or pasted, or read from a dropped or chosen .txt, .md or .html file.
// The file is read in a worker (its encoding found, HTML reduced to its text) and shown only as
// text, so nothing in it can run and a large or broken file never holds the page.
import { type DragEvent, useState } from "react";
import { isHtmlFile } from "../../domain/edit/htmlToText";
import { sizeRefusal } from "../../domain/import/fileSize";
import { readArticleInWorker } from "../../workers/readArticleInWorker";
import { Field } from "./Field";

const ACCEPTED = /\.(txt|md|markdown|html?)$/i;

interface ArticleTextFieldProps {
  text: string;
  onText(text: string): void;
}

export function ArticleTextField({ text, onText }: ArticleTextFieldProps) {
  const [fileNote, setFileNote] = useState("");
  const take = async (file: File | undefined) => {
    if (!file) return;
    if (!ACCEPTED.test(file.name)) {
      setFileNote(`${file.name} is not a .txt, .md or .html file; its text was not read.`);
      return;
    }
    // Checked on the size the browser reports, before a byte is read: a 120 MB file read whole
    // crashed the tab, with any entries in the form.
    const tooLarge = sizeRefusal(file.name, file.size, "article");
    if (tooLarge) {
      setFileNote(`${tooLarge} Its text was not read.`);
      return;
    }
    setFileNote(`Reading ${file.name}…`);
    const isHtml = isHtmlFile(file.name, file.type);
    const result = await readArticleInWorker(file, isHtml, (share) =>
      setFileNote(`Reducing ${file.name} to its text: ${Math.floor(share * 100)}%…`),
    );
    if (!result.ok) {
      setFileNote(`${result.message} Its text was not read.`);
      return;
    }
    onText(result.text);
    setFileNote(`Read the text of ${file.name}.${result.note ? ` ${result.note}` : ""}`);
  };
  // The page opens dropped datasets; a file dropped here is an article, so it stops here.
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    void take(event.dataTransfer.files[0]);
  };
  return (
    <div className="article-text-field">
      <Field label="Article text">
        <textarea
          rows={8}
          value={text}
          onChange={(event) => onText(event.target.value)}
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
        />
      </Field>
      <label className="file-button">
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            void take(file);
          }}
        />
        Read article file…
      </label>
      <p className="hint" role="status">
        {fileNote || "Paste the article, or drop a .txt, .md or .html file on the box."}
      </p>
    </div>
  );
}
