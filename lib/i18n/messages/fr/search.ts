import type { search as en } from "../en/search";

export const search: Record<keyof typeof en, string> = {
  "search.label": "Rechercher dans le centre d'aide",
  "search.placeholder": "Posez votre question, par ex. « où est mon colis ? »",
  "search.submit": "Rechercher",
  "search.searching": "Recherche…",
  "search.results.one": "1 article trouvé",
  "search.results.other": "{count} articles trouvés",
  "search.noResults": "Aucun article ne correspond à « {query} ».",
  "search.noResults.help": "Une personne de notre équipe peut vous répondre directement.",
  "search.seeAll": "Voir tous les résultats pour « {query} »",
  "search.degraded":
    "La recherche fonctionne en mode simplifié pour le moment ; les résultats peuvent être moins précis.",
  "search.error": "La recherche est indisponible pour le moment. Réessayez, ou parlez à une personne.",
  "search.page.title": "Recherche",
  "search.page.titleWithQuery": "Résultats pour « {query} »",
  "search.page.empty": "Saisissez une question ci-dessus pour chercher dans nos articles d'aide.",
  "contact.talkToPerson": "Parler à une personne",
  "contact.talkToPersonAbout": "Toujours bloqué ? Parlez à une personne",
};
