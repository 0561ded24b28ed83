// The article's text: typed or pasted, or read from a dropped or chosen .txt, .md or .html file.
// HTML is reduced to its text here and shown only as text, so nothing in it can run.
import { type DragEvent, useState } from "react";
import { htmlToText, isHtmlFile } from "../../domain/edit/htmlToText";
import { sizeRefusal } from "../../domain/import/fileSize";
import { Field } from "./Field";

const ACCEPTED = /\.(txt|md|markdown|html?)$/i;

async function readArticle(file: File): Promise<string> {
  const content = await file.text();
  return isHtmlFile(file.name, file.type) ? htmlToText(content) : content;
}

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
    onText(await readArticle(file));
    setFileNote(`Read the text of ${file.name}.`);
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
