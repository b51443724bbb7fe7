package org.unref.bench.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one table: enough for Hibernate ORM, Flyway and the pool to do at start what they do for unref. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public Long id;

    public String name;
}
