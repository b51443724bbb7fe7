package org.unref.charter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The Charter's rows; read whole, in order, since the service keeps the (small) Charter in memory. */
@ApplicationScoped
public class CharterRepository implements PanacheRepositoryBase<CharterProvision, String> {

    public List<CharterChapter> listChapters() {
        return getEntityManager()
                .createQuery("select c from CharterChapter c order by c.ordinal", CharterChapter.class)
                .getResultList();
    }

    public List<CharterArticle> listArticles() {
        return getEntityManager()
                .createQuery("select a from CharterArticle a order by a.number", CharterArticle.class)
                .getResultList();
    }

    public List<CharterProvision> listProvisions() {
        return list("order by ordinal");
    }
}
