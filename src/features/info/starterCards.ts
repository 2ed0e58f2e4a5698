/**
 * The starter set for the reference scenario (a power outage lasting days), in plain language
 * (level B1), Dutch and German. Loaded on demand (its own chunk) by the editor and the kiosk.
 *
 * Seeding is local and idempotent: fixed ids, and a fixed, old clock stamp. Every tablet of a
 * point seeds the same cards with the same stamp, so no message needs to travel, and any edit
 * the site lead makes (a newer HLC) wins over a tablet that seeds later. A card that exists in
 * any state, also deleted, is never seeded again.
 */
import { formatHlc, InfoCardSchema, type InfoCard } from '../../domain';
import type { NoodsteunpuntDb } from '../../db';
import { starterCardId as id } from './starterIds';

/** When this text was written (2026-11-01 09:00 Amsterdam): older than any real edit. */
export const STARTER_STAMP = formatHlc({ wallMs: Date.parse('2026-11-01T08:00:00Z'), counter: 0, node: 'starter' });

type Starter = Pick<InfoCard, 'id' | 'category' | 'pinned'> & { nl: [string, string]; de: [string, string] };

const STARTERS: Starter[] = [
  {
    id: id(1),
    category: 'whatToDo',
    pinned: true,
    nl: [
      'Noodgeval? Kom hierheen',
      'Is iemand ernstig ziek of gewond? Is er brand of een ongeluk? Bel 112.\n' +
        'Werkt uw telefoon niet? Kom dan meteen naar dit noodsteunpunt. Wij geven uw melding door aan de ambulance, de brandweer of de politie.\n' +
        'Vertel ons: wat is er gebeurd, waar is het en hoeveel mensen hebben hulp nodig?\n' +
        'Is het levensgevaarlijk? Zeg dat meteen als u binnenkomt.',
    ],
    de: [
      'Notfall? Kommen Sie hierher',
      'Ist jemand schwer krank oder verletzt? Gibt es ein Feuer oder einen Unfall? Rufen Sie 112 an.\n' +
        'Funktioniert Ihr Telefon nicht? Dann kommen Sie sofort zu dieser Notfall-Anlaufstelle. Wir geben Ihre Meldung an Rettungsdienst, Feuerwehr oder Polizei weiter.\n' +
        'Sagen Sie uns: Was ist passiert? Wo ist es? Wie viele Menschen brauchen Hilfe?\n' +
        'Ist es lebensgefährlich? Sagen Sie das sofort, wenn Sie hereinkommen.',
    ],
  },
  {
    id: id(2),
    category: 'drinkingWater',
    pinned: false,
    nl: [
      'Drinkwater',
      'Komt er geen water meer uit de kraan? Vraag aan de balie waar u drinkwater kunt krijgen.\n' +
        'Neem een schone fles of jerrycan mee.\n' +
        'Reken op 3 liter per persoon per dag, om te drinken en om eten te maken.\n' +
        'Weet u niet zeker of het water uit de kraan veilig is? Vraag het aan de balie. Bij twijfel: niet drinken.',
    ],
    de: [
      'Trinkwasser',
      'Kommt kein Wasser mehr aus dem Wasserhahn? Fragen Sie am Empfang, wo Sie Trinkwasser bekommen.\n' +
        'Bringen Sie eine saubere Flasche oder einen Kanister mit.\n' +
        'Rechnen Sie mit 3 Litern pro Person und Tag, zum Trinken und zum Kochen.\n' +
        'Sind Sie nicht sicher, ob das Leitungswasser sicher ist? Fragen Sie am Empfang. Im Zweifel: nicht trinken.',
    ],
  },
  {
    id: id(3),
    category: 'shelter',
    pinned: false,
    nl: [
      'Warm blijven',
      'Trek meerdere lagen kleding over elkaar aan. Draag een muts, sokken en sloffen.\n' +
        'Blijf met het hele huishouden in één kamer en houd de deuren dicht.\n' +
        'Gebruik binnen nooit een barbecue, gasbrander of terrasverwarmer. Die maken koolmonoxide. Dat gas ruikt u niet en het is dodelijk.\n' +
        "Is het thuis te koud, vooral voor baby's, ouderen of zieken? Vraag aan de balie waar u zich kunt opwarmen.",
    ],
    de: [
      'Warm bleiben',
      'Ziehen Sie mehrere Schichten Kleidung übereinander an. Tragen Sie eine Mütze, Socken und Hausschuhe.\n' +
        'Bleiben Sie mit dem ganzen Haushalt in einem Raum und halten Sie die Türen geschlossen.\n' +
        'Benutzen Sie in der Wohnung nie einen Grill, Gasbrenner oder Heizpilz. Sie machen Kohlenmonoxid. Dieses Gas riecht man nicht, und es ist tödlich.\n' +
        'Ist es zu Hause zu kalt, besonders für Babys, ältere oder kranke Menschen? Fragen Sie am Empfang, wo Sie sich aufwärmen können.',
    ],
  },
  {
    id: id(4),
    category: 'medical',
    pinned: false,
    nl: [
      'Medicijnen en medische apparaten',
      'Neem uw medicijnen in zoals altijd.\n' +
        'Zijn uw medicijnen bijna op? Kom naar de balie. Neem de verpakking of uw medicijnenlijst mee.\n' +
        'Werkt uw medisch apparaat op stroom, zoals zuurstof of thuisbeademing, en is de accu bijna leeg? Kom meteen naar de balie.\n' +
        'Medicijnen uit de koelkast, zoals insuline: bewaar ze op een koele plek, niet in de zon. Twijfelt u? Vraag het aan de balie.',
    ],
    de: [
      'Medikamente und medizinische Geräte',
      'Nehmen Sie Ihre Medikamente wie immer ein.\n' +
        'Gehen Ihre Medikamente zu Ende? Kommen Sie zum Empfang. Bringen Sie die Packung oder Ihren Medikamentenplan mit.\n' +
        'Läuft Ihr medizinisches Gerät mit Strom, zum Beispiel Sauerstoff oder Heimbeatmung, und ist der Akku fast leer? Kommen Sie sofort zum Empfang.\n' +
        'Medikamente aus dem Kühlschrank, wie Insulin: Bewahren Sie sie an einem kühlen Ort auf, nicht in der Sonne. Sind Sie unsicher? Fragen Sie am Empfang.',
    ],
  },
  {
    id: id(5),
    category: 'whatToDo',
    pinned: false,
    nl: [
      'Let op uw buren',
      'Ga even langs bij uw buren. Vooral bij ouderen, bij mensen die alleen wonen en bij mensen die ziek zijn.\n' +
        'Vraag: heeft u water, eten, warmte en uw medicijnen?\n' +
        'Heeft iemand hulp nodig? Vertel het aan de balie.\n' +
        'Vertel de informatie van dit scherm aan uw familie en uw straat. Hoort u een gerucht? Vraag hier of het klopt.',
    ],
    de: [
      'Achten Sie auf Ihre Nachbarn',
      'Schauen Sie bei Ihren Nachbarn vorbei. Besonders bei älteren Menschen, bei Menschen, die allein leben, und bei kranken Menschen.\n' +
        'Fragen Sie: Haben Sie Wasser, Essen, Wärme und Ihre Medikamente?\n' +
        'Braucht jemand Hilfe? Sagen Sie es am Empfang.\n' +
        'Geben Sie die Informationen von diesem Bildschirm an Ihre Familie und Ihre Nachbarn weiter. Hören Sie ein Gerücht? Fragen Sie hier, ob es stimmt.',
    ],
  },
  {
    id: id(6),
    category: 'whatToDo',
    pinned: false,
    nl: [
      'Eten zonder koelkast',
      'Houd de koelkast en de vriezer zo veel mogelijk dicht. Dan blijft het eten langer koud: in de koelkast ongeveer 4 uur, in een volle vriezer ongeveer 2 dagen.\n' +
        'Eet eerst wat snel bederft.\n' +
        'Vlees, vis, zuivel en restjes die langer dan 4 uur niet koud waren: gooi ze weg.\n' +
        'Eten uit blik en droog eten, zoals beschuit, crackers en noten, blijft goed.\n' +
        'Bij twijfel: niet eten.',
    ],
    de: [
      'Essen ohne Kühlschrank',
      'Lassen Sie Kühlschrank und Gefrierschrank so oft wie möglich zu. Dann bleibt das Essen länger kalt: im Kühlschrank etwa 4 Stunden, in einem vollen Gefrierschrank etwa 2 Tage.\n' +
        'Essen Sie zuerst, was schnell verdirbt.\n' +
        'Fleisch, Fisch, Milchprodukte und Reste, die länger als 4 Stunden nicht kalt waren: wegwerfen.\n' +
        'Konserven und trockenes Essen, wie Zwieback, Knäckebrot und Nüsse, bleiben gut.\n' +
        'Im Zweifel: nicht essen.',
    ],
  },
  {
    id: id(7),
    category: 'openingHours',
    pinned: false,
    nl: [
      'Openingstijden van dit noodsteunpunt',
      'Dit noodsteunpunt is open zolang de storing duurt. Vraag aan de balie tot hoe laat wij vandaag open zijn.\n' +
        'Hier krijgt u betrouwbare informatie. U kunt hier een noodgeval melden en vragen waar u hulp krijgt.\n' +
        'Wij hebben geen slaapplaatsen. U kunt hier wel een tijdje blijven.',
    ],
    de: [
      'Öffnungszeiten dieser Anlaufstelle',
      'Diese Notfall-Anlaufstelle ist geöffnet, solange die Störung dauert. Fragen Sie am Empfang, bis wann wir heute geöffnet sind.\n' +
        'Hier bekommen Sie verlässliche Informationen. Sie können hier einen Notfall melden und fragen, wo Sie Hilfe bekommen.\n' +
        'Wir haben keine Schlafplätze. Sie können aber eine Weile hierbleiben.',
    ],
  },
];

export const STARTER_CARDS: readonly InfoCard[] = STARTERS.map((starter) =>
  InfoCardSchema.parse({
    id: starter.id,
    category: starter.category,
    nl: { title: starter.nl[0], body: starter.nl[1], updatedAt: STARTER_STAMP },
    de: { title: starter.de[0], body: starter.de[1], updatedAt: STARTER_STAMP },
    source: 'site',
    version: 1,
    pinned: starter.pinned,
    sample: true,
    deleted: false,
    updatedAt: STARTER_STAMP,
  }),
);

/** Adds the starter cards this tablet does not have yet; returns how many it added. */
export function seedStarterCards(db: NoodsteunpuntDb): Promise<number> {
  return db.transaction('rw', db.infoCards, async () => {
    const existing = new Set((await db.infoCards.bulkGet(STARTER_CARDS.map((card) => card.id))).filter(Boolean).map((card) => card!.id));
    const missing = STARTER_CARDS.filter((card) => !existing.has(card.id));
    if (missing.length) await db.infoCards.bulkAdd(missing);
    return missing.length;
  });
}
