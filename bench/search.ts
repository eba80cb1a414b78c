// npm run bench:search – how fast GET /api/v1/search answers under load, next to Meilisearch
// answering the same queries directly, on a throw-away help center of generated articles.
// Not part of `npm test`; see bench/README.md.
import os from "node:os";
import autocannon from "autocannon";
import { Command } from "commander";
import { importArticles, type ImportEntry } from "@/lib/article/import-articles";
import { startProgress } from "@/lib/cli/output";
import { db } from "@/lib/db";
import { meiliSearchParams } from "@/lib/search/search-articles";
import { drainSearchOutbox } from "@/lib/search/sync-search-outbox";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import {
  cleanUp,
  cleanups,
  ensureBenchBuild,
  INDEX_PREFIX,
  percentile,
  positiveInteger,
  residentBytes,
  startThrowAwayServices,
  step,
} from "./support";

type Locale = "en" | "fr";
const LOCALES: Locale[] = ["en", "fr"];

const options = new Command("npm run bench:search --")
  .description("Load GET /api/v1/search and Meilisearch directly with the same queries; print latency and throughput.")
  .option("--articles <n>", "articles to generate, half English, half French", positiveInteger, 5_000)
  .option("--duration <seconds>", "measured load per target", positiveInteger, 20)
  .option("--connections <n>", "concurrent connections", positiveInteger, 10)
  .option("--warmup <seconds>", "unmeasured load per target before measuring", positiveInteger, 3)
  .option(
    "--rate <n>",
    "send this many requests per second in all (default: as fast as the connections go)",
    positiveInteger,
  )
  .option("--no-build", "use the existing build even when sources are newer")
  .parse()
  .opts<{ articles: number; duration: number; connections: number; warmup: number; rate?: number; build: boolean }>();

// ---------------------------------------------------------------------------------------------
// Content: generated from word lists, so that every query of the mix has real answers.

/** Deterministic pseudo-random numbers (mulberry32): the same articles and queries on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

type Slots = Record<string, readonly string[]>;

// A product in the grammatical forms the templates need: "my jacket" / "a jacket" / "jacket".
const products: Record<Locale, [my: string, a: string, bare: string][]> = {
  en: [
    "jacket",
    "dress",
    "pair of sneakers",
    "backpack",
    "pair of jeans",
    "sweater",
    "pair of boots",
    "scarf",
    "t-shirt",
    "coat",
    "pair of sandals",
    "handbag",
    "watch",
    "pair of sunglasses",
    "hoodie",
    "skirt",
    "blouse",
    "belt",
    "wallet",
    "raincoat",
  ].map((item) => [`my ${item}`, `a ${item}`, item]),
  fr: [
    ["ma veste", "une veste", "veste"],
    ["ma robe", "une robe", "robe"],
    ["mes baskets", "des baskets", "baskets"],
    ["mon sac à dos", "un sac à dos", "sac à dos"],
    ["mon jean", "un jean", "jean"],
    ["mon pull", "un pull", "pull"],
    ["mes bottes", "des bottes", "bottes"],
    ["mon écharpe", "une écharpe", "écharpe"],
    ["mon t-shirt", "un t-shirt", "t-shirt"],
    ["mon manteau", "un manteau", "manteau"],
    ["mes sandales", "des sandales", "sandales"],
    ["mon sac à main", "un sac à main", "sac à main"],
    ["ma montre", "une montre", "montre"],
    ["mes lunettes de soleil", "des lunettes de soleil", "lunettes de soleil"],
    ["mon sweat", "un sweat", "sweat"],
    ["ma jupe", "une jupe", "jupe"],
    ["mon chemisier", "un chemisier", "chemisier"],
    ["ma ceinture", "une ceinture", "ceinture"],
    ["mon portefeuille", "un portefeuille", "portefeuille"],
    ["mon imperméable", "un imperméable", "imperméable"],
  ],
};
// Colours that need no agreement in French (colour nouns), so any product takes any colour.
const colours: Record<Locale, string[]> = {
  en: ["navy", "khaki", "burgundy", "orange", "brown", "cream", "mustard", "coral", "ivory", "cognac"],
  fr: ["marine", "kaki", "bordeaux", "orange", "marron", "crème", "moutarde", "corail", "ivoire", "cognac"],
};
const common: Record<Locale, Slots> = {
  en: {
    country: [
      "France",
      "Belgium",
      "Canada",
      "Switzerland",
      "Germany",
      "Spain",
      "Italy",
      "the Netherlands",
      "the United Kingdom",
      "Ireland",
    ],
    carrier: ["Colissimo", "DHL", "UPS", "Chronopost", "DPD", "GLS", "Mondial Relay"],
    days: ["2", "3", "5", "7", "10", "14", "30"],
    amount: ["€4.90", "€9.90", "€15", "€50", "€80", "€100"],
  },
  fr: {
    country: [
      "en France",
      "en Belgique",
      "au Canada",
      "en Suisse",
      "en Allemagne",
      "en Espagne",
      "en Italie",
      "aux Pays-Bas",
      "au Royaume-Uni",
      "en Irlande",
    ],
    carrier: ["Colissimo", "DHL", "UPS", "Chronopost", "DPD", "GLS", "Mondial Relay"],
    days: ["2", "3", "5", "7", "10", "14", "30"],
    amount: ["4,90 €", "9,90 €", "15 €", "50 €", "80 €", "100 €"],
  },
};

type Topic = {
  slug: string;
  name: Record<Locale, string>;
  titles: Record<Locale, string[]>;
  sentences: Record<Locale, string[]>;
  keywords: Record<Locale, string[]>;
};

const topics: Topic[] = [
  {
    slug: "shipping-delivery",
    name: { en: "Shipping & delivery", fr: "Livraison" },
    titles: {
      en: [
        "How long does delivery of {a} to {country} take?",
        "Can I get {my} delivered to a pickup point?",
        "Is express shipping available for {a}?",
        "My {carrier} parcel with {my} has not arrived",
        "How much does shipping {a} to {country} cost?",
        "Can I change the delivery address for {my}?",
        "Why is the delivery of {my} late?",
        "Do you deliver {a} to {country} with {carrier}?",
      ],
      fr: [
        "Quel est le délai de livraison {ofA} {country} ?",
        "Puis-je me faire livrer {my} en point relais ?",
        "La livraison express est-elle possible pour {a} ?",
        "Mon colis {carrier} avec {my} n'est pas arrivé",
        "Combien coûte l'envoi {ofA} {country} ?",
        "Puis-je changer l'adresse de livraison de {my} ?",
        "Pourquoi la livraison de {my} est-elle en retard ?",
        "Livrez-vous {a} {country} avec {carrier} ?",
      ],
    },
    sentences: {
      en: [
        "Standard delivery to {country} takes {days} working days.",
        "Express shipping with {carrier} arrives in 2 working days.",
        "Shipping is free for orders over {amount}.",
        "You receive a tracking number by email as soon as your parcel leaves our warehouse.",
        "Pickup points keep parcels for {days} days before returning them to us.",
        "You can change the delivery address until the order is prepared.",
        "If your parcel is late, check the tracking page of {carrier} first.",
        "Parcels marked as delivered but not received must be reported within {days} days.",
      ],
      fr: [
        "La livraison standard {country} prend {days} jours ouvrés.",
        "La livraison express avec {carrier} arrive en 2 jours ouvrés.",
        "La livraison est offerte dès {amount} d'achat.",
        "Vous recevez un numéro de suivi par e-mail dès que votre colis quitte notre entrepôt.",
        "Les points relais gardent les colis {days} jours avant de nous les renvoyer.",
        "Vous pouvez changer l'adresse de livraison tant que la commande n'est pas préparée.",
        "Si votre colis est en retard, consultez d'abord la page de suivi de {carrier}.",
        "Un colis indiqué comme livré mais non reçu doit être signalé sous {days} jours.",
      ],
    },
    keywords: {
      en: ["delivery", "shipping", "parcel", "tracking", "pickup point", "courier"],
      fr: ["livraison", "colis", "suivi", "point relais", "transporteur", "expédition"],
    },
  },
  {
    slug: "returns-refunds",
    name: { en: "Returns & refunds", fr: "Retours et remboursements" },
    titles: {
      en: [
        "How do I return {my}?",
        "When will I get my refund for {my}?",
        "Can I exchange {my} for another size?",
        "Is returning {a} free from {country}?",
        "I received {my} damaged: what should I do?",
        "Where do I find the return label for {my}?",
        "Can I return {a} bought on sale?",
        "How long do I have to return {my}?",
      ],
      fr: [
        "Comment retourner {my} ?",
        "Quand serai-je remboursé pour {my} ?",
        "Puis-je échanger {my} contre une autre taille ?",
        "Le retour {ofA} est-il gratuit {country} ?",
        "J'ai reçu {my} en mauvais état : que faire ?",
        "Où trouver l'étiquette de retour pour {my} ?",
        "Puis-je retourner {a} en soldes ?",
        "Combien de temps ai-je pour retourner {my} ?",
      ],
    },
    sentences: {
      en: [
        "You have {days} days from delivery to return an item.",
        "Print the prepaid return label from your account and drop the parcel at any {carrier} point.",
        "Refunds are made to the original payment method within {days} days of receiving your return.",
        "Exchanges for another size are free and ship as soon as we scan your return.",
        "Items must be unworn, with their tags, in their original packaging.",
        "Sale items can be returned like any other item.",
        "If an item arrived damaged, send us a photo and we will replace it at no cost.",
        "Return shipping costs {amount} from outside the European Union.",
      ],
      fr: [
        "Vous disposez de {days} jours après la livraison pour retourner un article.",
        "Imprimez l'étiquette de retour prépayée depuis votre compte et déposez le colis dans un point {carrier}.",
        "Le remboursement est fait sur le moyen de paiement d'origine sous {days} jours après réception du retour.",
        "L'échange contre une autre taille est gratuit et part dès que nous scannons votre retour.",
        "Les articles doivent être non portés, avec leurs étiquettes, dans leur emballage d'origine.",
        "Les articles soldés se retournent comme les autres.",
        "Si un article est arrivé abîmé, envoyez-nous une photo et nous le remplaçons sans frais.",
        "Le retour coûte {amount} depuis l'extérieur de l'Union européenne.",
      ],
    },
    keywords: {
      en: ["return", "refund", "exchange", "return label", "money back", "damaged"],
      fr: ["retour", "remboursement", "échange", "étiquette de retour", "rembourser", "abîmé"],
    },
  },
  {
    slug: "payment-checkout",
    name: { en: "Payment & checkout", fr: "Paiement et commande" },
    titles: {
      en: [
        "Which payment methods can I use for {a}?",
        "Can I pay for {my} with PayPal?",
        "Why was my card declined when buying {a}?",
        "How do I use a promo code on {my}?",
        "Can I pay for {my} in instalments?",
        "Where is the invoice for {my}?",
        "Can I pay for {a} with a gift card?",
        "Was I charged twice for {my}?",
      ],
      fr: [
        "Quels moyens de paiement pour {a} ?",
        "Puis-je payer {my} avec PayPal ?",
        "Pourquoi ma carte a-t-elle été refusée pour {a} ?",
        "Comment utiliser un code promo sur {my} ?",
        "Puis-je payer {my} en plusieurs fois ?",
        "Où trouver la facture de {my} ?",
        "Puis-je payer {a} avec une carte cadeau ?",
        "Ai-je été débité deux fois pour {my} ?",
      ],
    },
    sentences: {
      en: [
        "We accept Visa, Mastercard, American Express, PayPal and Apple Pay.",
        "Payment in three instalments is available for orders over {amount}.",
        "Enter your promo code in the basket, before choosing a payment method.",
        "Only one promo code can be used per order.",
        "A declined card is usually a 3-D Secure check that was not completed in time.",
        "Your invoice is in your account, under Orders, as soon as the order ships.",
        "Gift cards are valid for {days} months and can pay for part of an order.",
        "A double charge is a pre-authorisation: the second one disappears within {days} days.",
      ],
      fr: [
        "Nous acceptons Visa, Mastercard, American Express, PayPal et Apple Pay.",
        "Le paiement en trois fois est possible dès {amount} d'achat.",
        "Saisissez votre code promo dans le panier, avant de choisir le moyen de paiement.",
        "Un seul code promo est accepté par commande.",
        "Une carte refusée est souvent une validation 3-D Secure non terminée à temps.",
        "Votre facture est dans votre compte, rubrique Commandes, dès l'expédition.",
        "Les cartes cadeaux sont valables {days} mois et peuvent payer une partie de la commande.",
        "Un double débit est une pré-autorisation : le second disparaît sous {days} jours.",
      ],
    },
    keywords: {
      en: ["payment", "credit card", "paypal", "promo code", "invoice", "gift card", "instalments"],
      fr: [
        "paiement",
        "carte bancaire",
        "paypal",
        "code promo",
        "facture",
        "carte cadeau",
        "paiement en plusieurs fois",
      ],
    },
  },
  {
    slug: "account-login",
    name: { en: "Account & login", fr: "Compte et connexion" },
    titles: {
      en: [
        "I forgot my password",
        "How do I change the email address of my account?",
        "Why can't I log in from {country}?",
        "How do I delete my account?",
        "How do I unsubscribe from the newsletter about {a}?",
        "Can I order {a} without an account?",
        "My account is locked after too many attempts",
        "How do I save {a} to my wishlist?",
      ],
      fr: [
        "J'ai oublié mon mot de passe",
        "Comment changer l'adresse e-mail de mon compte ?",
        "Pourquoi je ne peux pas me connecter {country} ?",
        "Comment supprimer mon compte ?",
        "Comment me désabonner de la newsletter sur {a} ?",
        "Puis-je commander {a} sans compte ?",
        "Mon compte est bloqué après trop de tentatives",
        "Comment ajouter {a} à ma liste d'envies ?",
      ],
    },
    sentences: {
      en: [
        "Click Forgot password on the login page to receive a reset link by email.",
        "The reset link is valid for {days} hours.",
        "You can change your email address in your account settings.",
        "After five failed attempts, your account is locked for 15 minutes.",
        "Guest checkout lets you order without creating an account.",
        "Deleting your account erases your order history after {days} days.",
        "Every newsletter has an unsubscribe link at the bottom.",
        "Items in your wishlist stay there until you remove them.",
      ],
      fr: [
        "Cliquez sur Mot de passe oublié sur la page de connexion pour recevoir un lien par e-mail.",
        "Le lien de réinitialisation est valable {days} heures.",
        "Vous pouvez changer votre adresse e-mail dans les paramètres du compte.",
        "Après cinq tentatives échouées, votre compte est bloqué 15 minutes.",
        "La commande sans compte vous permet d'acheter sans vous inscrire.",
        "La suppression du compte efface l'historique des commandes après {days} jours.",
        "Chaque newsletter contient un lien de désabonnement en bas de page.",
        "Les articles de votre liste d'envies y restent jusqu'à ce que vous les retiriez.",
      ],
    },
    keywords: {
      en: ["password", "login", "account", "email address", "newsletter", "sign in"],
      fr: ["mot de passe", "connexion", "compte", "adresse e-mail", "newsletter", "identifiant"],
    },
  },
  {
    slug: "orders-tracking",
    name: { en: "Orders & tracking", fr: "Commandes et suivi" },
    titles: {
      en: [
        "Where is my order for {a}?",
        "How do I track {my} with {carrier}?",
        "Can I cancel my order for {my}?",
        "Can I add {a} to an order I already placed?",
        "I did not receive the order confirmation for {my}",
        "{my} is out of stock: when will it be back?",
        "Part of my order is missing: {my} was not in the parcel",
        "Can I pre-order {a}?",
      ],
      fr: [
        "Où en est ma commande {ofA} ?",
        "Comment suivre {my} avec {carrier} ?",
        "Puis-je annuler la commande de {my} ?",
        "Puis-je ajouter {a} à une commande déjà passée ?",
        "Je n'ai pas reçu la confirmation de commande pour {my}",
        "{my} en rupture de stock : quand sera-t-il de retour ?",
        "Il manque une partie de ma commande : {my} n'était pas dans le colis",
        "Puis-je précommander {a} ?",
      ],
    },
    sentences: {
      en: [
        "Follow your order from the Orders page of your account.",
        "Orders can be cancelled for 30 minutes after payment.",
        "Once an order is prepared, it can no longer be changed: place a new order for extra items.",
        "The order confirmation email can land in your spam folder.",
        "Out-of-stock items usually come back within {days} days; sign up for an alert on the product page.",
        "Large orders may ship in several parcels, each with its own tracking number.",
        "Pre-orders are charged when the item ships.",
        "{carrier} updates the tracking page within 24 hours of collection.",
      ],
      fr: [
        "Suivez votre commande depuis la page Commandes de votre compte.",
        "Une commande peut être annulée pendant 30 minutes après le paiement.",
        "Une fois préparée, une commande ne peut plus être modifiée : passez une nouvelle commande.",
        "L'e-mail de confirmation de commande peut arriver dans vos courriers indésirables.",
        "Les articles en rupture reviennent en général sous {days} jours ; créez une alerte sur la fiche produit.",
        "Les grosses commandes peuvent partir en plusieurs colis, chacun avec son numéro de suivi.",
        "Les précommandes sont débitées à l'expédition.",
        "{carrier} met à jour la page de suivi sous 24 heures après l'enlèvement.",
      ],
    },
    keywords: {
      en: ["order", "tracking", "cancel", "order confirmation", "out of stock", "pre-order"],
      fr: ["commande", "suivi", "annuler", "confirmation de commande", "rupture de stock", "précommande"],
    },
  },
  {
    slug: "products-sizing",
    name: { en: "Products & sizing", fr: "Produits et tailles" },
    titles: {
      en: [
        "What size should I choose for {a}?",
        "Does {a} run small or large?",
        "How do I wash {my}?",
        "What is {a} made of?",
        "Where is the size guide for {a}?",
        "Is {a} available in {colour}?",
        "How do I measure myself for {a}?",
        "Is there a warranty on {my}?",
      ],
      fr: [
        "Quelle taille choisir pour {a} ?",
        "La coupe {ofA} est-elle petite ou grande ?",
        "Comment laver {my} ?",
        "Quelle est la matière {ofA} ?",
        "Où trouver le guide des tailles pour {a} ?",
        "Existe-t-il {a} en {colour} ?",
        "Comment prendre mes mesures pour {a} ?",
        "Quelle est la garantie {ofA} ?",
      ],
    },
    sentences: {
      en: [
        "Our size guide lists chest, waist and hip measurements for every size.",
        "If you are between two sizes, choose the larger one.",
        "Wash at 30 °C inside out and dry flat.",
        "The composition is printed on the label and on the product page.",
        "Colours can look slightly different on screen.",
        "Measure yourself in underwear with a soft tape measure.",
        "Every item has a two-year warranty against manufacturing defects.",
        "The model is 1.78 m tall and wears a size M.",
      ],
      fr: [
        "Notre guide des tailles indique le tour de poitrine, de taille et de hanches pour chaque taille.",
        "Si vous hésitez entre deux tailles, prenez la plus grande.",
        "Lavez à 30 °C sur l'envers et séchez à plat.",
        "La composition figure sur l'étiquette et sur la fiche produit.",
        "Les couleurs peuvent légèrement varier à l'écran.",
        "Prenez vos mesures en sous-vêtements avec un mètre ruban souple.",
        "Chaque article est garanti deux ans contre les défauts de fabrication.",
        "Le mannequin mesure 1,78 m et porte une taille M.",
      ],
    },
    keywords: {
      en: ["size", "size guide", "fit", "measurements", "washing", "warranty"],
      fr: ["taille", "guide des tailles", "coupe", "mesures", "lavage", "garantie"],
    },
  },
];

function fill(template: string, locale: Locale): string {
  const [my, a, bare] = pick(products[locale]);
  const colour = pick(colours[locale]);
  // A coloured product now and then: "my navy jacket" / "ma veste marine".
  const coloured = (phrase: string) =>
    rand() < 0.4
      ? locale === "en"
        ? phrase.replace(bare, `${colour} ${bare}`)
        : phrase.replace(bare, `${bare} ${colour}`)
      : phrase;
  // French "de" + article: "d'une veste", "de baskets".
  const ofA = a.startsWith("des ") ? `de ${a.slice(4)}` : `d'${a}`;
  const slots: Record<string, string> = { my: coloured(my), a: coloured(a), ofA: coloured(ofA), colour };
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? pick(common[locale][slot]));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function generateArticle(topic: Topic, locale: Locale): Omit<ImportEntry, "source"> {
  const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => fill(pick(topic.sentences[locale]), locale)).join(" "),
  );
  const keywords = [...new Set(Array.from({ length: 3 }, () => pick(topic.keywords[locale])))];
  return { title: fill(pick(topic.titles[locale]), locale), bodyMarkdown: paragraphs.join("\n\n"), keywords };
}

// ---------------------------------------------------------------------------------------------
// Queries: what shoppers type, as they type it.

/** One typo as people make them: two letters swapped, one dropped, or one doubled. */
function typo(word: string): string {
  const at = 1 + Math.floor(rand() * (word.length - 2));
  const kind = rand();
  if (kind < 0.4) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind < 0.75) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word[at] + word.slice(at);
}

const plainQueries: Record<Locale, string[]> = {
  en: [
    "delivery time",
    "where is my order",
    "track my order",
    "refund",
    "how do i return a jacket",
    "return label",
    "change delivery address",
    "promo code not working",
    "size guide",
    "forgot password",
    "cancel order",
    "express shipping",
    "gift card",
    "paypal",
    "parcel not arrived",
    "exchange size",
    "invoice",
    "card declined",
    "pickup point",
    "shipping to canada",
    "damaged item",
    "delete my account",
    "wash sweater",
    "out of stock",
    "pay in instalments",
    "money back",
    "sneakers size",
    "charged twice",
  ],
  fr: [
    "délai de livraison",
    "où est ma commande",
    "suivre ma commande",
    "remboursement",
    "retourner une veste",
    "étiquette de retour",
    "changer adresse de livraison",
    "code promo",
    "guide des tailles",
    "mot de passe oublié",
    "annuler ma commande",
    "livraison express",
    "carte cadeau",
    "paypal",
    "colis pas arrivé",
    "échanger taille",
    "facture",
    "carte refusée",
    "point relais",
    "livraison en belgique",
    "article abîmé",
    "supprimer mon compte",
    "laver pull",
    "rupture de stock",
    "paiement en plusieurs fois",
    "delai de livraison",
    "mot de passe oublie",
    "débité deux fois",
  ],
};

type Query = { locale: Locale; q: string; kind: "plain" | "typo" | "prefix" | "none" };

function queryMix(): Query[] {
  const queries: Query[] = [];
  for (const locale of LOCALES) {
    for (const q of plainQueries[locale]) {
      queries.push({ locale, q, kind: "plain" });
      // The longest word of the query, misspelt.
      const word = q.split(" ").reduce((longest, next) => (next.length > longest.length ? next : longest));
      if (word.length >= 5 && rand() < 0.55) queries.push({ locale, q: q.replace(word, typo(word)), kind: "typo" });
      // As-you-type: the query cut short in its last word.
      if (rand() < 0.35) queries.push({ locale, q: q.slice(0, Math.max(3, q.length - 3)), kind: "prefix" });
    }
    for (const q of locale === "en" ? ["xylophone repair", "zzz"] : ["réparer xylophone", "zzz"]) {
      queries.push({ locale, q, kind: "none" });
    }
  }
  // Shuffled once (Fisher–Yates), then replayed identically to both targets.
  for (let index = queries.length - 1; index > 0; index--) {
    const other = Math.floor(rand() * (index + 1));
    [queries[index], queries[other]] = [queries[other], queries[index]];
  }
  return queries;
}

// ---------------------------------------------------------------------------------------------
// Measurement.

type Measured = {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
};

function load(
  target: {
    url: string;
    headers?: Record<string, string>;
    request: (query: Query) => { method: "GET" | "POST"; path: string; body?: string };
  },
  queries: Query[],
  seconds: number,
): Promise<Measured> {
  let next = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: options.connections,
        ...(options.rate ? { overallRate: options.rate } : {}),
        duration: seconds,
        headers: target.headers,
        requests: [
          {
            setupRequest: (request) => {
              const { method, path, body } = target.request(queries[next++ % queries.length]);
              return body === undefined ? { ...request, method, path } : { ...request, method, path, body };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          p99: percentile(sorted, 0.99),
          requestsPerSecond: result.requests.total / result.duration,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const root = process.cwd();
  const { postgres, meili, meiliKey } = await startThrowAwayServices("guichet-bench");
  const indexPrefix = INDEX_PREFIX;
  cleanups.push(() => db.$disconnect());

  const perLocale = Math.ceil(options.articles / 2);
  await step(`Generating and importing ${options.articles.toLocaleString("en")} published articles`, async () => {
    for (const [position, topic] of topics.entries()) {
      await db.category.create({
        data: {
          slug: topic.slug,
          position,
          translations: { create: LOCALES.map((locale) => ({ locale, name: topic.name[locale] })) },
        },
      });
    }
    // Generated in a fixed order (the same articles every run), imported one category per connection.
    const batches = LOCALES.flatMap((locale) => {
      const count = locale === "en" ? perLocale : options.articles - perLocale;
      return topics.map((topic, index) => ({
        locale,
        topic,
        entries: Array.from(
          { length: Math.floor(count / topics.length) + (index < count % topics.length ? 1 : 0) },
          (_, n) => ({
            source: `${topic.slug}#${n}`,
            ...generateArticle(topic, locale),
          }),
        ),
      }));
    });
    const progress = startProgress("  Importing");
    let done = 0;
    await Promise.all(
      topics.map(async (topic) => {
        for (const { locale, entries } of batches.filter((batch) => batch.topic === topic)) {
          let imported = 0;
          await importArticles(db, {
            entries,
            locale,
            categorySlug: topic.slug,
            publish: true,
            onProgress: (count) => {
              done += count - imported;
              imported = count;
              progress.update(done, options.articles);
            },
          });
        }
      }),
    );
    progress.stop();
  });

  await step("Indexing them in Meilisearch through the outbox", async () => {
    const progress = startProgress("  Indexing");
    let pushed = 0;
    for (;;) {
      const result = await drainSearchOutbox({ batchSize: 1_000 });
      if (result.error) throw new Error(result.error);
      pushed += result.upserted;
      progress.update(pushed, options.articles);
      if (!result.remaining) break;
    }
    progress.stop();
  });

  await ensureBenchBuild(root, options.build);

  const app: AppServer = await step("Starting the app's standalone server", () =>
    startAppServer({ databaseUrl: postgres.url, meiliUrl: meili.url, meiliKey, indexPrefix }),
  );
  cleanups.push(app.stop);
  const probe = await fetch(`${app.url}/api/v1/search?q=delivery&locale=en`);
  const probed = (await probe.json().catch(() => ({}))) as { total?: number; degraded?: boolean };
  if (!probe.ok || !probed.total || probed.degraded) {
    throw new Error(
      `GET /api/v1/search does not answer as it should (HTTP ${probe.status}, ${JSON.stringify(probed).slice(0, 200)}). ` +
        "Is the build current? Run `npm run build`.",
    );
  }

  const queries = queryMix();
  const uid = `${indexPrefix}articles`;
  const appTarget = {
    url: app.url,
    request: ({ locale, q }: Query) => ({
      method: "GET" as const,
      path: `/api/v1/search?q=${encodeURIComponent(q)}&locale=${locale}`,
    }),
  };
  // The same search the app makes (lib/search/search-articles.ts), straight to Meilisearch.
  const directTarget = {
    url: meili.url,
    headers: { authorization: `Bearer ${meiliKey}`, "content-type": "application/json" },
    request: ({ locale, q }: Query) => ({
      method: "POST" as const,
      path: `/indexes/${uid}/search`,
      body: JSON.stringify({ q, ...meiliSearchParams({ locale, limit: 8 }) }),
    }),
  };

  let peakRss = 0;
  const sampler = setInterval(() => {
    void residentBytes(app.process.pid!).then((bytes) => (peakRss = Math.max(peakRss, bytes)));
  }, 250);
  cleanups.push(async () => clearInterval(sampler));

  await step(`Warming up both targets (${options.warmup} s each)`, async () => {
    await load(appTarget, queries, options.warmup);
    await load(directTarget, queries, options.warmup);
  });
  const degradedBefore = await db.searchEvent.count({ where: { degraded: true } });
  const appResult = await step(`Loading GET /api/v1/search for ${options.duration} s`, () =>
    load(appTarget, queries, options.duration),
  );
  const directResult = await step(`Loading Meilisearch /indexes/${uid}/search for ${options.duration} s`, () =>
    load(directTarget, queries, options.duration),
  );
  clearInterval(sampler);
  peakRss = Math.max(peakRss, await residentBytes(app.process.pid!));
  const degraded = (await db.searchEvent.count({ where: { degraded: true } })) - degradedBefore;

  const count = (kind: Query["kind"]) => queries.filter((query) => query.kind === kind).length;
  const share = (kind: Query["kind"]) => `${Math.round((100 * count(kind)) / queries.length)}%`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const int = (value: number) => Math.round(value).toLocaleString("en");
  const ratio = (value: number) => `${value.toFixed(2)}×`;
  const row = (cells: string[]) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(index <= 3 ? 10 : 9))).join("");

  console.log(`
Search benchmark — ${int(options.articles)} published articles (${int(perLocale)} en, ${int(options.articles - perLocale)} fr), ${options.connections} connections${options.rate ? ` at ${int(options.rate)} req/s in all` : " as fast as they go"}, ${options.duration} s per target after ${options.warmup} s warm-up
Query mix: ${queries.length} queries replayed in a fixed order — ${share("plain")} plain, ${share("typo")} with a typo, ${share("prefix")} cut short as typed, ${share("none")} with no answer
Machine: ${os.cpus().length} cores, Node ${process.version}; app, Meilisearch, PostgreSQL and the load generator share it

${row(["", "p50", "p95", "p99", "req/s", "requests", "errors", "non-2xx"])}
${row(["GET /api/v1/search", ms(appResult.p50), ms(appResult.p95), ms(appResult.p99), int(appResult.requestsPerSecond), int(appResult.requests), int(appResult.errors), int(appResult.non2xx)])}
${row(["Meilisearch direct", ms(directResult.p50), ms(directResult.p95), ms(directResult.p99), int(directResult.requestsPerSecond), int(directResult.requests), int(directResult.errors), int(directResult.non2xx)])}
${row(["app / direct", ratio(appResult.p50 / directResult.p50), ratio(appResult.p95 / directResult.p95), ratio(appResult.p99 / directResult.p99), ratio(appResult.requestsPerSecond / directResult.requestsPerSecond)])}

App server peak RSS: ${int(peakRss / 1024 / 1024)} MB · answers served degraded (PostgreSQL fallback): ${int(degraded)}
Aim (reported, not asserted): app p95 < 25 ms — ${appResult.p95 < 25 ? "met" : "not met"} (${ms(appResult.p95)}); app p95 ≤ 1.5× direct — ${appResult.p95 <= 1.5 * directResult.p95 ? "met" : "not met"} (${ratio(appResult.p95 / directResult.p95)})
`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
process.exit();
