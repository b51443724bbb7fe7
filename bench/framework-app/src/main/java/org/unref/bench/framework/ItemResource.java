package org.unref.bench.framework;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One row read through Panache and written as JSON: what bench/startup waits for when it times the framework floor. */
@Path("/items")
public class ItemResource {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Item item(@PathParam("id") long id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
