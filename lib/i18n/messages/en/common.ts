export const common = {
  "meta.title": "Help center",
  "meta.description":
    "Answers to your questions about orders, delivery, returns, payment, your account and our products.",
  "home.heading": "How can we help?",
  "home.subheading": "Browse our answers by topic, or talk to a person if you can't find what you need.",
  "home.categories": "Browse by topic",
  "home.articleCount.one": "1 article",
  "home.articleCount.other": "{count} articles",
  "home.empty": "No help articles are published yet.",
  "home.popular": "Popular questions",
  "nav.language": "Language",
  "nav.skipToContent": "Skip to content",
};
