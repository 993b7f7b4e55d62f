/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.examples.serve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The pages' fixed words, in French and English; a template names them {@code {{t.key}}}. */
final class Texts {

    private static final String[][] TEXTS = {
            // key, French, English
            {"shop", "Maison Promise", "Maison Promise"},
            {"tagline", "Mode et maison, livrées quand on vous le dit", "Fashion and home, delivered when we say"},
            {"home.title", "Nos produits", "Our products"},
            {"home.lead", "Choisissez un produit et saisissez votre code postal : les délais s'affichent aussitôt.",
                    "Pick a product and type your postal code: delivery times show at once."},
            {"product.unknown", "Produit inconnu :", "Unknown product:"},
            {"product.delivery", "Livraison et retrait", "Delivery and pick-up"},
            {"product.postal", "Votre code postal", "Your postal code"},
            {"product.check", "Voir les délais", "See delivery times"},
            {"product.hint", "Saisissez un code postal pour voir quand vous serez livré.",
                    "Type a postal code to see when it arrives."},
            {"product.add", "Commander", "Order now"},
            {"product.quantity", "Quantité", "Quantity"},
            {"product.taxes", "TVA incluse", "VAT included"},
            {"product.back", "Tous les produits", "All products"},
            {"badge.none", "Pas de livraison possible à ce code postal pour le moment.",
                    "No delivery to this postal code at the moment."},
            {"badge.stores", "magasins à proximité", "stores nearby"},
            {"badge.store", "magasin à proximité", "store nearby"},
            {"checkout.title", "Votre commande", "Your order"},
            {"checkout.options", "Mode de livraison", "Delivery method"},
            {"checkout.cart", "Votre panier", "Your cart"},
            {"checkout.place", "Valider et payer", "Place order"},
            {"checkout.placing", "Réservation en cours…", "Reserving…"},
            {"checkout.total", "Total des articles", "Items total"},
            {"checkout.choose", "Choisissez un mode de livraison.", "Choose a delivery method."},
            {"order.title", "Commande", "Order"},
            {"order.thanks", "Merci pour votre commande !", "Thank you for your order!"},
            {"order.promise", "Notre promesse", "Our promise"},
            {"order.news", "Du nouveau sur votre commande", "News about your order"},
            {"order.reserved", "Vos articles sont réservés et votre commande est confirmée.",
                    "Your items are reserved and your order is confirmed."},
            {"order.lost", "Nous ne pouvons plus tenir cette date : notre service client vous contacte.",
                    "We can no longer keep this date: our customer service will contact you."},
            {"order.unknown", "Commande inconnue :", "Unknown order:"},
            {"order.items", "Articles", "Items"},
            {"order.updated", "Cette page se met à jour toute seule.", "This page updates by itself."},
            {"footer", "Délais calculés en direct par Promise Engine. Démonstration : aucun paiement n'est pris.",
                    "Delivery times computed live by Promise Engine. A demo: no payment is taken."},
            {"error.title", "Page introuvable", "Page not found"},
    };

    private static final Map<String, String> FRENCH = new HashMap<>();
    private static final Map<String, String> ENGLISH = new HashMap<>();

    static {
        for (String[] t : TEXTS) {
            FRENCH.put("t." + t[0], t[1]);
            ENGLISH.put("t." + t[0], t[2]);
        }
    }

    private Texts() {
    }

    /** Every text of a language, keyed {@code t.key}. */
    static Map<String, String> all(Locale language) {
        return language.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    static String get(Locale language, String key) {
        String s = all(language).get("t." + key);
        if (s == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return s;
    }
}
