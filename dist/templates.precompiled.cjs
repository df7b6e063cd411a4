// Made by the build from templates/: do not edit.
exports.precompiled = {
  "compliance": { hash: "83576975973962f4b9122d5b08fc33ba24fdf4b1c141b3107ffa99d92e5aa85a", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"regulations",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":23}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":23},"end":{"line":4,"column":36}}})) != null ? stack1 : "")
    + "** "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"regulations") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"checks",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":22}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"checks") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"regulations") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"checks") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "data-feasibility": { hash: "fc374419b58475061377da280646dabc6ab25ac258ad2f0dd3df409e12f86bfd", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"overview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"details",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":8},"end":{"line":10,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"items"),depth0,{"name":"items","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"facts") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "document": { hash: "2eb26de3c999ae857c7299611c086bea16265effa22ede08a0880e2849280236", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"table") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"table") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"fields") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":12,"column":0}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"fields") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"sections") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "evaluation": { hash: "97e7c45641cdd70bcfb685c39d3be336e78d7f824d8aef86d8d33ff35df3c7b0", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"results",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"results") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"segments",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":12,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"segments") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"experiments",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":8},"end":{"line":18,"column":27}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"experiments") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"analysis",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":8},"end":{"line":24,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"analysis") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"improvements",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":8},"end":{"line":30,"column":28}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"improvements") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"facts") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"results") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"segments") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"experiments") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"analysis") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"improvements") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "launch-plan": { hash: "9ebc1b51c7a1d29ec81e3e3621d05389e5a5b349480ed140a285f8a5cc0aac53", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"rollout",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"rollout") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"rollback",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":12,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"rollback") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"fallbacks",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":8},"end":{"line":18,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"fallbacks") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"monitoring",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":8},"end":{"line":24,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"monitoring") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"drift",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":8},"end":{"line":30,"column":21}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"drift") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"facts") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"rollout") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"rollback") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"fallbacks") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"monitoring") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"drift") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "metrics": { hash: "8c3d1914ae7bb9fa50829843991ec2e5e539abf8d7dfa97b72bcc4c1628f6d5f", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"overview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"details",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"items"),depth0,{"name":"items","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "milestones": { hash: "7560f7ee8a85f00ce6d465ad1fce7224dfdf601e503ec7c88a7d59be5f5f7636", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"cadence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"cadence") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"overview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":8},"end":{"line":10,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"details",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":8},"end":{"line":14,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"items"),depth0,{"name":"items","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"risks",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":8},"end":{"line":20,"column":21}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"risks") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"cadence") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"risks") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "packet": { hash: "d581cd356b5db6788e3a779a3d16407c18bf7ea2824662f60d19cff28e7baf4e", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"forcedBanner") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"description") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"decide",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":8},"end":{"line":16,"column":22}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"decide") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"gate",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":8},"end":{"line":22,"column":20}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"gate") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"t").call(depth0 != null ? depth0 : (container.nullContext || {}),"nothing",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":15}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"overdue",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":34,"column":8},"end":{"line":34,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"overdue") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"failingMetrics",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":40,"column":8},"end":{"line":40,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"failing") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"unansweredGaps",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":8},"end":{"line":46,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"unanswered") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"complianceOpen",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":8},"end":{"line":52,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"compliance") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"openRisks",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":58,"column":8},"end":{"line":58,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"risks") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":64,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"openDecisions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":64,"column":8},"end":{"line":64,"column":29}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"decisions") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":70,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"openQuestions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":70,"column":8},"end":{"line":70,"column":29}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"questions") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":76,"column":0},"end":{"line":76,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"chartResults",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":76,"column":8},"end":{"line":76,"column":28}}})) != null ? stack1 : "")
    + "\n\n```aipm-chart\nresults\n```\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(depth0 != null ? depth0 : (container.nullContext || {}),2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":84,"column":0},"end":{"line":84,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"changesTitle") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"changes") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":90,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"validation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":90,"column":8},"end":{"line":90,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"validation") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"validation") : depth0)) != null ? lookupProperty(stack1,"findings") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":94,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"validation") : depth0)) != null ? lookupProperty(stack1,"findings") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":100,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"regulatory",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":100,"column":8},"end":{"line":100,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"scope") : stack1),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"note") : stack1), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"none") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":106,"column":0},"end":{"line":108,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"items") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":110,"column":0},"end":{"line":112,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"annex") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":114,"column":0},"end":{"line":120,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"none") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"items") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":115,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"annexIv",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":115,"column":8},"end":{"line":115,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"annex") : stack1)) != null ? lookupProperty(stack1,"intro") : stack1), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"regulatory") : depth0)) != null ? lookupProperty(stack1,"annex") : stack1)) != null ? lookupProperty(stack1,"table") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":124,"column":0},"end":{"line":124,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"solutions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":124,"column":8},"end":{"line":124,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"solutions") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":130,"column":0},"end":{"line":130,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"trace",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":130,"column":8},"end":{"line":130,"column":21}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"trace") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":136,"column":0},"end":{"line":136,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"gantt",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":136,"column":8},"end":{"line":136,"column":21}}})) != null ? stack1 : "")
    + "\n\n```mermaid\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"gantt") : depth0), depth0)) != null ? stack1 : "")
    + "\n```\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":144,"column":0},"end":{"line":144,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"quadrant",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":144,"column":8},"end":{"line":144,"column":24}}})) != null ? stack1 : "")
    + "\n\n```mermaid\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"quadrant") : depth0), depth0)) != null ? stack1 : "")
    + "\n```\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":152,"column":0},"end":{"line":152,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"chartRollout",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":152,"column":8},"end":{"line":152,"column":28}}})) != null ? stack1 : "")
    + "\n\n```aipm-chart\nrollout\n```\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"t").call(alias1,"notPlaced",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":160,"column":0},"end":{"line":160,"column":17}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":160,"column":17},"end":{"line":160,"column":30}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"notPlaced") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"artifactTable") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,1,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"forcedBanner") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"description") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"cover") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"contents") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"decide") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"gate") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"attention",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":8},"end":{"line":27,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"nothing") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"overdue") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"failing") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"unanswered") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"compliance") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":55,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"risks") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"decisions") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"attention") : depth0)) != null ? lookupProperty(stack1,"questions") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":73,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"htmlCharts") : depth0)) != null ? lookupProperty(stack1,"results") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"validation") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":97,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"regulatory") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":121,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"solutions") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":123,"column":0},"end":{"line":127,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"trace") : depth0),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":129,"column":0},"end":{"line":133,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"gantt") : depth0),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":135,"column":0},"end":{"line":141,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"quadrant") : depth0),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":143,"column":0},"end":{"line":149,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"htmlCharts") : depth0)) != null ? lookupProperty(stack1,"rollout") : stack1),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":151,"column":0},"end":{"line":157,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notPlaced") : depth0),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":159,"column":0},"end":{"line":161,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":163,"column":0},"end":{"line":163,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"artifacts",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":163,"column":8},"end":{"line":163,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"artifactTable") : depth0),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":0},"end":{"line":167,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"artifacts") : depth0),{"name":"each","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":169,"column":0},"end":{"line":172,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "requirements": { hash: "8c3d1914ae7bb9fa50829843991ec2e5e539abf8d7dfa97b72bcc4c1628f6d5f", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"overview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"details",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"items"),depth0,{"name":"items","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "review": { hash: "9fe9c831e921c816f53ff43004921d78cc5b8680f185a9f15b450878b49d8483", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"decisions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"decisions") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"openQuestions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":12,"column":29}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"questions") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"changes",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":8},"end":{"line":18,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"meeting") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"decisions") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"questions") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "solution": { hash: "1b0e3df471dd630f89ef0250c0be279610f24d8c746e67abb80323fc86fe514d", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"pipeline",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":8},"end":{"line":10,"column":24}}})) != null ? stack1 : "")
    + "\n\n```mermaid\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"flowchart") : depth0), depth0)) != null ? stack1 : "")
    + "\n```\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"pipeline") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"limits",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":8},"end":{"line":22,"column":22}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"limits") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"deployment",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":8},"end":{"line":28,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"deployment") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"facts") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"h").call(alias1,2,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"t").call(alias1,"approaches",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"table"),(depth0 != null ? lookupProperty(depth0,"approaches") : depth0),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"flowchart") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pipeline") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"limits") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"deployment") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "partials/fields": { hash: "81fffef39db0f036eaea396af68e1fef1ce84fdc6850bf16e5fc1de9922e0919", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"label") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"t").call(depth0 != null ? depth0 : (container.nullContext || {}),"colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":13},"end":{"line":2,"column":26}}})) != null ? stack1 : "")
    + "** "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"value") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"useData":true} },
  "partials/header": { hash: "f3d6e714cc8b021b43edaf935b0214d3bf7c58f6d4a8e4ac7691d3cfe074091b", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"invalid") : depth0)) != null ? lookupProperty(stack1,"notice") : stack1), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"invalid") : depth0)) != null ? lookupProperty(stack1,"errors") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),((stack1 = (depth0 != null ? lookupProperty(depth0,"invalid") : depth0)) != null ? lookupProperty(stack1,"errors") : stack1),{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(alias1,1,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"header") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"invalid") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "partials/items": { hash: "d6686cad53cd776b67805788866ec323deab7a5c773da75b905a520878e994b4", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"h").call(depth0 != null ? depth0 : (container.nullContext || {}),3,{"name":"h","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":7}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"heading") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"fields"),(depth0 != null ? lookupProperty(depth0,"fields") : depth0),{"name":"fields","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"items") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
  "partials/table": { hash: "cf172b42bf9b5b18ce3ab71bb4e97dca4558521067ba8b89f233e2f7da787fe8", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + " |";
},"1":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":1},"end":{"line":4,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"headers") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":1},"end":{"line":1,"column":38}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"headers") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":1},"end":{"line":2,"column":33}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true} },
};
