// An article that tries to run script in the dashboard; it must show up as plain text.
export const HOSTILE_FILE = "900_hostile.txt";

export const HOSTILE_TITLE = "Hostile <script>alert(1)</script> report";

export const HOSTILE_ARTICLE = `${HOSTILE_TITLE}

US-led coalition aircraft struck pro-regime forces near Al Bukamal on Thursday, destroying two tanks <img src=x onerror=alert(2)> and killing an estimated 5 fighters, a coalition statement said.

"<script>alert(3)</script> The coalition acted in self-defense," the coalition statement said.
`;

export const HOSTILE_MANIFEST_LINE = JSON.stringify({
  file: HOSTILE_FILE,
  outlet: "Hostile <b>Wire</b>",
  publishedAt: "2018-03-09",
  title: HOSTILE_TITLE,
});
