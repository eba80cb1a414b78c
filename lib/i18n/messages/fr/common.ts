import type { common as en } from "../en/common";

export const common: Record<keyof typeof en, string> = {
  "meta.title": "Centre d'aide",
  "meta.description":
    "Réponses à vos questions sur les commandes, la livraison, les retours, le paiement, votre compte et nos produits.",
  "home.heading": "Comment pouvons-nous vous aider ?",
  "home.subheading":
    "Parcourez nos réponses par thème, ou parlez à une personne si vous ne trouvez pas ce qu'il vous faut.",
  "home.categories": "Parcourir par thème",
  "home.articleCount.one": "1 article",
  "home.articleCount.other": "{count} articles",
  "home.empty": "Aucun article d'aide n'est encore publié.",
  "home.popular": "Questions fréquentes",
  "nav.language": "Langue",
  "nav.skipToContent": "Aller au contenu",
};
