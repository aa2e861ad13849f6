// Countries and capitals, which speak for their governments in news copy: "Israel said", "Moscow denied".

const COUNTRIES =
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad
chile china colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia eswatini ethiopia
fiji finland france gabon gambia georgia germany ghana greece guatemala guinea guyana haiti honduras hungary iceland
india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia
lebanon lesotho liberia libya lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mexico
moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria
norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia
senegal singapore slovakia slovenia somalia somaliland spain sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tunisia turkey turkiye turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
zambia zimbabwe britain america us u.s. usa uk u.k. eu nato un u.n.
washington moscow beijing tehran kyiv kiev damascus ankara jerusalem london paris berlin brussels riyadh seoul
pyongyang tokyo islamabad kabul baghdad beirut cairo doha amman sanaa caracas havana minsk warsaw budapest
tripoli khartoum nairobi abuja pretoria canberra ottawa delhi taipei hanoi manila jakarta bangkok
yerevan baku tbilisi chisinau belgrade athens rome madrid lisbon stockholm oslo helsinki copenhagen vienna bern
geneva`
    .split(/\s+/)
    .filter((w) => w.length > 0);

const MULTI = [
  "united states",
  "united kingdom",
  "saudi arabia",
  "south korea",
  "north korea",
  "south africa",
  "south sudan",
  "new zealand",
  "sri lanka",
  "united arab emirates",
  "the uae",
  "ivory coast",
  "new delhi",
  "abu dhabi",
  "addis ababa",
  "the hague",
  "el salvador",
  "costa rica",
  "sierra leone",
  "dominican republic",
  "czech republic",
  "central african republic",
  "democratic republic of congo",
  "west bank",
  "gaza",
];

export const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRIES);
export const COUNTRY_PHRASES: readonly string[] = MULTI;

/** Whether a whole phrase is a country or capital name ("Israel", "the United States", "Moscow"). */
export function isCountry(phrase: string): boolean {
  const p = phrase
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();
  return COUNTRY_WORDS.has(p) || MULTI.includes(p) || MULTI.includes(`the ${p}`);
}
