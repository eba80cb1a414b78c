import type { article as en } from "../en/article";

export const article: Record<keyof typeof en, string> = {
  "breadcrumb.label": "Fil d'Ariane",
  "breadcrumb.home": "Accueil",
  "category.empty": "Aucun article n'est encore publié dans ce thème.",
  "article.updated": "Mis à jour le {date}",
  "article.toc": "Sur cette page",
  "article.related": "Articles liés",
  "article.escalate.heading": "Besoin d'aide ?",
  "article.escalate.text": "Si cet article n'a pas répondu à votre question, notre service client le fera.",
  "article.escalate.link": "Parler à une personne",
  "feedback.question": "Cet article vous a-t-il été utile ?",
  "feedback.yes": "Oui",
  "feedback.no": "Non",
  "feedback.comment": "Dites-nous en plus (facultatif)",
  "feedback.send": "Envoyer mon avis",
  "feedback.sending": "Envoi…",
  "feedback.thanks": "Merci pour votre avis !",
  "feedback.error": "Nous n'avons pas pu envoyer votre avis. Veuillez réessayer.",
};
