// One pattern per test, each with a short text written for it and the answer worked out by
// hand. The calendar: Thursday 15 May 2025 is the article's date; Mon 12, Tue 13, Wed 14 May;
// the weekend before is Sat 10 - Sun 11 May; the week before is Mon 5 - Sun 11 May.
import { describe, expect, it } from "vitest";
import { makeStatement } from "../__fixtures__/makeDataset";
import type { Party } from "../schema";
import { proposeStatements } from "./proposeStatements";

const THU_15_MAY_2025 = "2025-05-15";

// Russia first: a speaker of no party must not fall to it.
const parties: Party[] = [
  { id: "russia", name: "Russia", shortName: "RU" },
  { id: "ukraine", name: "Ukraine", shortName: "UA" },
  { id: "united-states", name: "United States", shortName: "US" },
  {
    id: "european-allies",
    name: "European allies",
    shortName: "EU",
    members: ["United Kingdom", "France"],
  },
];
const dataset = {
  parties,
  statements: [
    makeStatement({
      id: "s1",
      date: "2025-05-01",
      partyId: "russia",
      issueId: "i",
      stanceId: null,
      speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman" },
    }),
  ],
};

const propose = (text: string, published: string | null = THU_15_MAY_2025) =>
  proposeStatements(text, { published, dataset });

describe("who said it, and for which party", () => {
  const text = [
    "U.S. Special Envoy Steve Witkoff arrived in Moscow.",
    `"We are making progress," Witkoff said.`,
    `"The gaps are narrower," said Kremlin spokesman Dmitry Peskov.`,
    `Ukrainian Foreign Minister Andrii Sybiha told reporters: "We want a full ceasefire first."`,
    `According to French President Emmanuel Macron, "Europe must be at the table."`,
    `"Talks will go on," he said.`,
    `Analyst Maria Stone wrote that "nobody expects a deal this month."`,
  ].join("\n");
  const proposals = propose(text);

  it("'X said' after the quote, with the role of the fullest mention", () => {
    expect(proposals[0]?.speaker).toEqual({ name: "Steve Witkoff", role: "U.S. Special Envoy" });
    expect(proposals[0]?.evidence.speaker).toBe("Witkoff said");
    expect(proposals[0]?.evidence.role).toBe("U.S. Special Envoy Steve Witkoff");
    // "U.S." is one of the United States' spellings, and the party's name.
    expect(proposals[0]?.partyId).toBe("united-states");
  });

  it("'said X' with a title; the party from the speaker the dataset knows", () => {
    expect(proposals[1]?.speaker).toEqual({ name: "Dmitry Peskov", role: "Kremlin spokesman" });
    expect(proposals[1]?.partyId).toBe("russia");
    expect(proposals[1]?.evidence.party).toBe(
      "Dmitry Peskov speaks for Russia in 1 statement of the dataset",
    );
  });

  it("'X told reporters:' before the quote; a demonym names the party", () => {
    expect(proposals[2]?.speaker).toEqual({
      name: "Andrii Sybiha",
      role: "Ukrainian Foreign Minister",
    });
    expect(proposals[2]?.partyId).toBe("ukraine");
  });

  it("'according to X'; a member country's demonym names the party it belongs to", () => {
    expect(proposals[3]?.speaker).toEqual({ name: "Emmanuel Macron", role: "French President" });
    expect(proposals[3]?.partyId).toBe("european-allies");
  });

  it("'he said' continues the last speaker named", () => {
    expect(proposals[4]?.speaker?.name).toBe("Emmanuel Macron");
    expect(proposals[4]?.partyId).toBe("european-allies");
  });

  it("'X wrote that'; a speaker of no party gets none, never the first party", () => {
    expect(proposals[5]?.speaker).toEqual({ name: "Maria Stone", role: "Analyst" });
    expect(proposals[5]?.partyId).toBeNull();
    expect(proposals[5]?.evidence.party).toBeNull();
  });

  it("'X posted' and 'X noted'", () => {
    const [posted, noted] = propose(
      `"Nobody wins," Jonas Pell posted.\nMette Lund noted: "The data is public."`,
    );
    expect(posted?.speaker?.name).toBe("Jonas Pell");
    expect(noted?.speaker?.name).toBe("Mette Lund");
  });

  it("a name between commas after its title speaks ('X's prime minister, Name, has said')", () => {
    const [first] = propose(
      `Upland's prime minister, Piet Olan, has said that "the dam will be finished."`,
    );
    expect(first?.speaker).toEqual({ name: "Piet Olan", role: "Upland's prime minister" });
  });

  it("an embedded post's byline", () => {
    const [post] = propose(`"Peace is possible."–\n— Laura Ingraham (@IngrahamAngle)`);
    expect(post?.speaker?.name).toBe("Laura Ingraham");
  });

  it("without a dataset, no party at all", () => {
    const [first] = proposeStatements(`"We are ready," Russian President Vladimir Putin said.`, {
      published: THU_15_MAY_2025,
    });
    expect(first?.speaker).toEqual({ name: "Vladimir Putin", role: "Russian President" });
    expect(first?.partyId).toBeNull();
  });
});

describe("when it was said", () => {
  const dateOf = (text: string) => {
    const [first] = propose(text);
    return [first?.date, first?.datePrecision, first?.dateBasis];
  };

  it.each([
    [`"We will sign," Olan told reporters on Tuesday.`, "2025-05-13", "day"],
    [`"We will sign," Olan said yesterday.`, "2025-05-14", "day"],
    [`Putin last weekend proposed "direct negotiations without conditions".`, "2025-05-10", "day"],
    [`Reed said earlier this week that "the data is public."`, "2025-05-12", "day"],
    [`Pell noted on May 6 that "each side moved."`, "2025-05-06", "day"],
    [`Velt said in June that "the dam can wait."`, "2024-06-01", "month"],
    [`"Nobody wins," Pell posted last month.`, "2025-04-01", "month"],
    [`"Nobody wins," Pell said last week.`, "2025-05-05", "day"],
    [`On Monday, Velt said: "Joint control is the only road."`, "2025-05-12", "day"],
  ])("%s → %s", (text, date, precision) => {
    expect(dateOf(text)).toEqual([date, precision, "stated"]);
  });

  it("says which days 'last weekend' and 'earlier this week' cover", () => {
    const [weekend] = propose(`"We are ready," Olan said last weekend.`);
    expect(weekend?.dateNote).toBe(
      "Last weekend: 10–11 May 2025, before the article of Thursday 15 May 2025; dated to its Saturday",
    );
    expect(weekend?.evidence.date).toBe("“last weekend”");
  });

  it("does not take another clause's date ('the invasion in February 2022')", () => {
    const text = `Zelenskyy, who has called for a ceasefire since Russia's invasion of Ukraine in February 2022, said on Tuesday that "the talks must be serious."`;
    expect(dateOf(text)).toEqual(["2025-05-13", "day", "stated"]);
  });

  it("takes a standing cue ('has called for') as a standing position at the article's date", () => {
    const text = `Zelenskyy, who has called for an unconditional 30-day ceasefire since Russia's invasion of Ukraine in February 2022, said "we are ready to meet."`;
    expect(dateOf(text)).toEqual(["2025-05-15", "day", "standing"]);
  });

  it.each([
    `Moscow insists that "Crimea is not negotiable."`,
    `Kyiv maintains that "every region is Ukraine."`,
    `Marrow has repeatedly said that "the dam is ours."`,
  ])("standing: %s", (text) => {
    expect(dateOf(text)).toEqual(["2025-05-15", "day", "standing"]);
  });

  // From the window resolver this replaces (resolveDate's proposeDate); Friday 8 Nov 2024.
  it("takes each quotation's own sentence's date, before or after it", () => {
    const two = propose(
      `On Monday, Ana said: "We stay." On Thursday, Ilse said: "We go."`,
      "2024-11-08",
    );
    expect(two.map((proposal) => proposal.date)).toEqual(["2024-11-04", "2024-11-07"]);
    const [after] = propose(`"We stay," Ana said on Monday. Talks resume in June.`, "2024-11-08");
    expect(after?.date).toBe("2024-11-04");
    const [before] = propose(
      `On Thursday, Ana spoke. "We stay," Ana said. Last week Ilse left.`,
      "2024-11-08",
    );
    expect(before?.date).toBe("2024-11-07");
  });

  it("does not take a photo caption's date", () => {
    const text = `Photo: Piet Olan in Kelda on March 3, 2025. (Reuters)\n"We will sign," Olan said.`;
    const [first] = propose(text);
    expect(first?.date).toBe("2025-05-15");
    expect(first?.dateNote).toBe(
      "No date words for this quotation: the article's date, Thursday 15 May 2025; check it",
    );
  });

  it("does not take a dateline's date over the clause's own", () => {
    expect(dateOf(`KELDA, May 14 — "We are close," Olan said on Tuesday.`)).toEqual([
      "2025-05-13",
      "day",
      "stated",
    ]);
  });

  it("does not take a date inside the quotation", () => {
    expect(dateOf(`"We will meet on Friday," Olan said on Monday.`)).toEqual([
      "2025-05-12",
      "day",
      "stated",
    ]);
    expect(dateOf(`Olan said "the door has been open since April."`)).toEqual([
      "2025-05-15",
      "day",
      "stated",
    ]);
  });

  it("proposes no date at all without a published date, and never today's", () => {
    const text = `"We will sign," Olan told reporters on Tuesday. "It was agreed on June 14, 2024," he said.`;
    const proposals = propose(text, null);
    expect(
      proposals.map((proposal) => [proposal.date, proposal.datePrecision, proposal.dateBasis]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(proposals[0]?.dateNote).toBe(
      "The source has no published date: give it one (or a date for this statement) to place the date words.",
    );
    // The speaker is still proposed: only the date needs the article's date.
    expect(proposals[0]?.speaker?.name).toBe("Olan");
  });
});
